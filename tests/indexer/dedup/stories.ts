/** Test articles: two stories on the same topic per language, written for these tests. */

export const FR_STORY = [
	"Le parquet national antiterroriste a annoncé mardi l'ouverture d'une enquête après l'attaque au couteau",
	'qui a fait deux blessés devant une école de Lyon. Le suspect, un homme de 24 ans connu des services de',
	'renseignement pour radicalisation, a été interpellé par une patrouille de police quelques minutes après les',
	'faits. Selon une source proche du dossier, il avait prêté allégeance au groupe État islamique dans une vidéo',
	"retrouvée sur son téléphone. Le ministre de l'Intérieur s'est rendu sur place dans l'après-midi et a salué",
	'la réactivité des policiers. Les deux victimes, un enseignant et un agent de sécurité, ont été transportées à',
	"l'hôpital, leurs jours ne sont pas en danger. La garde à vue du suspect peut durer jusqu'à quatre-vingt-seize",
	"heures en matière terroriste. Les enquêteurs cherchent à établir s'il a bénéficié de complicités."
].join(' ');

export const FR_OTHER = [
	"Un homme a été mis en examen vendredi à Paris pour association de malfaiteurs terroriste, soupçonné d'avoir",
	"projeté un attentat contre une salle de concert. Arrêté la semaine dernière dans l'Essonne par la DGSI, il",
	'aurait échangé sur une messagerie cryptée avec un contact en Syrie. Les policiers ont saisi chez lui des',
	"produits chimiques et des notes manuscrites. Son avocat conteste toute intention de passer à l'acte et dénonce",
	'une procédure fondée sur des conversations sorties de leur contexte. Le parquet national antiterroriste a',
	"requis son placement en détention provisoire. Depuis le début de l'année, les services de renseignement",
	"affirment avoir déjoué plusieurs projets d'attentat sur le territoire, selon le ministre de l'Intérieur."
].join(' ');

export const AR_STORY = [
	'أعلنت وزارة الداخلية العراقية، الثلاثاء، مقتل خمسة من عناصر تنظيم داعش في عملية أمنية نفذتها القوات',
	'الخاصة في محافظة الأنبار غربي البلاد، بعد معلومات استخباراتية دقيقة عن مكان اختبائهم في أحد الأودية.',
	'وقال المتحدث باسم الوزارة إن القوات ضبطت كميات من الأسلحة والعبوات الناسفة وأحزمة معدة للتفجير، مشيرا',
	'إلى أن العملية جاءت ضمن حملة واسعة لملاحقة الخلايا النائمة التي تحاول استهداف المدنيين والقوات الأمنية.',
	'وأضاف أن أحد القتلى كان مسؤولا عن تجنيد الشباب ونقل المقاتلين عبر الحدود مع سوريا، وأن التحقيقات مستمرة',
	'لكشف بقية أفراد الشبكة. ولم تسجل أي إصابات في صفوف القوات المشاركة في العملية بحسب البيان.'
].join(' ');

export const AR_OTHER = [
	'قالت السلطات التونسية، الأحد، إنها فككت خلية إرهابية تتكون من سبعة عناصر كانت تخطط لتنفيذ هجمات على',
	'منشآت سياحية في مدينة سوسة خلال موسم الصيف. وأوضح بيان وزارة الداخلية أن عناصر الخلية بايعوا تنظيم داعش',
	'عبر مواقع التواصل الاجتماعي، وأن أحدهم تلقى تدريبا على صنع المتفجرات في ليبيا قبل عودته إلى البلاد.',
	'وأشار البيان إلى حجز هواتف وحواسيب تحتوي على مخططات لأماكن مستهدفة، وإحالة الموقوفين على القطب القضائي',
	'لمكافحة الإرهاب. وتأتي العملية بعد أسابيع من تحذيرات أمنية من عودة مقاتلين من بؤر التوتر.'
].join(' ');
