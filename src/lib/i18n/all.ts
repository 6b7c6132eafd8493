import ar from './ar';
import en from './en';
import fr from './fr';

/**
 * Every language at once, for server code and tests. Client code must use `loadMessages` so a
 * page ships only its own language.
 */
export const MESSAGES = { ar, fr, en } as const;
