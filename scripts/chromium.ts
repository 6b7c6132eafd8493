/**
 * The browser of the e2e tests and the front-end benchmark: Debian's Chromium (`.ci/run`
 * installs it; a test tool's own browser download cannot work here), launched the same way by both.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];
