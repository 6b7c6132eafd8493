/**
 * Lines that news sites wrap around an article: navigation, share and follow prompts,
 * "read more" links, mastheads, comment prompts. A line matching any rule is dropped.
 * Rules match whole (trimmed) lines, so a sentence that merely contains the words survives.
 */
export const BOILERPLATE_LINE_RULES: readonly RegExp[] = [
	// Arabic
	/^(تابع|تابعوا|تابعونا|اشترك|اشتركوا)\s.{0,60}(google news|جوجل نيوز|تطبيق|فيسبوك|فيس بوك|تويتر|تيليجرام|تلغرام|يوتيوب|واتساب|قناتنا|صفحتنا|النشرة)/i,
	/^(اقرأ|إقرأ|اقرا|إقرا)\s+(أيضا|أيضاً|ايضا|المزيد|كذلك)\b/,
	/^(أظهر|اظهر|عرض)\s+(المزيد|الكل)$/,
	/^(مقالات|أخبار|اخبار|مواضيع)\s+(ذات صلة|متعلقة|مشابهة)$/,
	/^زر الذهاب إلى الأعلى$/,
	/^(إضافة|اضافة|أضف|اضف)\s+(تعليق|تعليقا|تعليقاً)(\s+جديد)?$/,
	/^(شارك|شاركوا|مشاركة)(\s+(المقال|الخبر|على .{0,20}))?$/,
	/^رئيس\s+مجلس[يى]?\s+الإدارة(\s+و\s*التحرير)?$/,
	/^(رئيس التحرير|مدير التحرير)(\s*[:：].*)?$/,
	/^(جميع|كل)\s+الحقوق\s+محفوظة/,
	/^(الرئيسية|الصفحة الرئيسية)$/,
	// French and English
	/^(lire aussi|à lire aussi|a lire aussi|voir aussi|read more|read also|see also|related( articles)?|articles? (similaires|liés))\b/i,
	/^(suivez[- ]nous|follow us|follow by email|abonnez[- ]vous|subscribe|inscrivez[- ]vous)\b/i,
	/^(partager|partagez|share|tweet|imprimer|print|envoyer|email)(\s+(cet article|this article|sur \w+|on \w+))?$/i,
	/^(rss|youtube|facebook|twitter|instagram|linkedin|whatsapp|telegram|x)$/i,
	/^(publicité|advertisement|sponsored|contenu sponsorisé)$/i,
	/^(tous droits réservés|all rights reserved|©)/i,
	/^(ajouter un commentaire|laisser un commentaire|leave a comment|commentaires?)$/i,
	/^(retour en haut|back to top|haut de page)$/i
];

export function isBoilerplateLine(line: string): boolean {
	return BOILERPLATE_LINE_RULES.some((rule) => rule.test(line));
}
