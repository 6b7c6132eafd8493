/**
 * People who recur in security news. Aliases: full names in every script, and the
 * surname alone when it is distinctive; a surname shared with common words or other
 * people goes to `weak` (counted only once the full name appeared).
 */
import { actor } from './define';
import type { KbEntry } from './types';

export const PEOPLE: KbEntry[] = [
	// — United States —
	actor('joe-biden', 'person', ['Joe Biden', 'Joe Biden', 'جو بايدن'], {
		ar: ['بايدن', 'جوزيف بايدن'],
		fr: ['Biden'],
		en: ['Biden', 'Joseph Biden']
	}),
	actor('donald-trump', 'person', ['Donald Trump', 'Donald Trump', 'دونالد ترامب'], {
		ar: ['ترامب', 'ترمب', 'دونالد ترمب'],
		fr: ['Trump'],
		en: ['Trump']
	}),
	actor('barack-obama', 'person', ['Barack Obama', 'Barack Obama', 'باراك أوباما'], {
		ar: ['أوباما', 'اوباما'],
		fr: ['Obama'],
		en: ['Obama']
	}),
	actor(
		'kamala-harris',
		'person',
		['Kamala Harris', 'Kamala Harris', 'كامالا هاريس'],
		{},
		{ weak: { ar: ['هاريس'], fr: ['Harris'], en: ['Harris'] } }
	),
	actor(
		'hillary-clinton',
		'person',
		['Hillary Clinton', 'Hillary Clinton', 'هيلاري كلينتون'],
		{ ar: ['هيلاري'] },
		{ weak: { ar: ['كلينتون'], fr: ['Clinton'], en: ['Clinton'] } }
	),
	actor('mike-pompeo', 'person', ['Mike Pompeo', 'Mike Pompeo', 'مايك بومبيو'], {
		ar: ['بومبيو'],
		fr: ['Pompeo'],
		en: ['Pompeo']
	}),
	actor(
		'john-kerry',
		'person',
		['John Kerry', 'John Kerry', 'جون كيري'],
		{},
		{ weak: { ar: ['كيري'], fr: ['Kerry'], en: ['Kerry'] } }
	),
	actor('antony-blinken', 'person', ['Antony Blinken', 'Antony Blinken', 'أنتوني بلينكن'], {
		ar: ['بلينكن'],
		fr: ['Blinken'],
		en: ['Blinken']
	}),
	actor(
		'lloyd-austin',
		'person',
		['Lloyd Austin', 'Lloyd Austin', 'لويد أوستن'],
		{},
		{ weak: { ar: ['أوستن'], fr: ['Austin'], en: ['Austin'] } }
	),
	actor('james-mattis', 'person', ['James Mattis', 'James Mattis', 'جيمس ماتيس'], {
		ar: ['ماتيس'],
		fr: ['Mattis'],
		en: ['Mattis']
	}),
	actor('john-bolton', 'person', ['John Bolton', 'John Bolton', 'جون بولتون'], {
		ar: ['بولتون'],
		fr: ['Bolton'],
		en: ['Bolton']
	}),
	actor('james-clapper', 'person', ['James Clapper', 'James Clapper', 'جيمس كلابر'], {
		ar: ['كلابر'],
		fr: ['Clapper'],
		en: ['Clapper']
	}),
	actor('james-comey', 'person', ['James Comey', 'James Comey', 'جيمس كومي'], {
		ar: ['كومي'],
		fr: ['Comey'],
		en: ['Comey']
	}),
	actor('christopher-wray', 'person', ['Christopher Wray', 'Christopher Wray', 'كريستوفر راي'], {
		fr: ['Wray'],
		en: ['Wray']
	}),
	actor('robert-mueller', 'person', ['Robert Mueller', 'Robert Mueller', 'روبرت مولر'], {
		ar: ['مولر'],
		fr: ['Mueller'],
		en: ['Mueller']
	}),
	actor('gina-haspel', 'person', ['Gina Haspel', 'Gina Haspel', 'جينا هاسبل'], {
		ar: ['هاسبل'],
		fr: ['Haspel'],
		en: ['Haspel']
	}),
	actor(
		'william-burns',
		'person',
		['William Burns', 'William Burns', 'وليام بيرنز'],
		{},
		{ weak: { ar: ['بيرنز'], fr: ['Burns'], en: ['Burns'] } }
	),
	actor('john-brennan', 'person', ['John Brennan', 'John Brennan', 'جون برينان'], {
		ar: ['برينان'],
		fr: ['Brennan'],
		en: ['Brennan']
	}),
	actor('jen-psaki', 'person', ['Jen Psaki', 'Jen Psaki', 'جين ساكي'], {
		ar: ['جين بساكي', 'ساكي', 'بساكي'],
		fr: ['Psaki'],
		en: ['Psaki']
	}),
	actor('merrick-garland', 'person', ['Merrick Garland', 'Merrick Garland', 'ميريك غارلاند'], {
		ar: ['غارلاند'],
		fr: ['Garland'],
		en: ['Garland']
	}),
	actor('alejandro-mayorkas', 'person', ['Alejandro Mayorkas', 'Alejandro Mayorkas', 'أليخاندرو مايوركاس'], {
		ar: ['مايوركاس'],
		fr: ['Mayorkas'],
		en: ['Mayorkas']
	}),
	actor('edward-snowden', 'person', ['Edward Snowden', 'Edward Snowden', 'إدوارد سنودن'], {
		ar: ['سنودن', 'ادوارد سنودن'],
		fr: ['Snowden'],
		en: ['Snowden']
	}),
	actor('julian-assange', 'person', ['Julian Assange', 'Julian Assange', 'جوليان أسانج'], {
		ar: ['أسانج', 'اسانج', 'جوليان أسانغ'],
		fr: ['Assange'],
		en: ['Assange']
	}),
	actor('chelsea-manning', 'person', ['Chelsea Manning', 'Chelsea Manning', 'تشيلسي مانينغ'], {
		ar: ['مانينغ'],
		fr: ['Manning'],
		en: ['Manning']
	}),
	actor('elon-musk', 'person', ['Elon Musk', 'Elon Musk', 'إيلون ماسك'], { ar: ['ماسك'], fr: ['Musk'], en: ['Musk'] }),
	actor('mark-zuckerberg', 'person', ['Mark Zuckerberg', 'Mark Zuckerberg', 'مارك زوكربيرغ'], {
		ar: ['زوكربيرغ', 'زوكربيرج'],
		fr: ['Zuckerberg'],
		en: ['Zuckerberg']
	}),
	actor('john-hultquist', 'person', ['John Hultquist', 'John Hultquist', 'جون هولتكويست'], {
		ar: ['هولتكويست', 'هالتكويست'],
		fr: ['Hultquist'],
		en: ['Hultquist']
	}),
	// — Russia —
	actor('vladimir-putin', 'person', ['Vladimir Putin', 'Vladimir Poutine', 'فلاديمير بوتين'], {
		ar: ['بوتين'],
		fr: ['Poutine'],
		en: ['Putin']
	}),
	actor('dmitry-medvedev', 'person', ['Dmitry Medvedev', 'Dmitri Medvedev', 'ديمتري مدفيديف'], {
		ar: ['مدفيديف', 'ميدفيديف'],
		fr: ['Medvedev'],
		en: ['Medvedev']
	}),
	actor('sergey-lavrov', 'person', ['Sergey Lavrov', 'Sergueï Lavrov', 'سيرغي لافروف'], {
		ar: ['لافروف'],
		fr: ['Lavrov'],
		en: ['Lavrov']
	}),
	actor('dmitry-peskov', 'person', ['Dmitry Peskov', 'Dmitri Peskov', 'ديمتري بيسكوف'], {
		ar: ['بيسكوف'],
		fr: ['Peskov'],
		en: ['Peskov']
	}),
	actor('yevgeny-prigozhin', 'person', ['Yevgeny Prigozhin', 'Evgueni Prigojine', 'يفغيني بريغوجين'], {
		ar: ['بريغوجين'],
		fr: ['Prigojine'],
		en: ['Prigozhin']
	}),
	actor('volodymyr-zelensky', 'person', ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'فولوديمير زيلينسكي'], {
		ar: ['زيلينسكي'],
		fr: ['Zelensky', 'Zelenski'],
		en: ['Zelensky', 'Zelenskyy']
	}),
	// — France —
	actor('emmanuel-macron', 'person', ['Emmanuel Macron', 'Emmanuel Macron', 'إيمانويل ماكرون'], {
		ar: ['ماكرون', 'ايمانويل ماكرون', 'إمانويل ماكرون'],
		fr: ['Macron'],
		en: ['Macron']
	}),
	actor(
		'francois-hollande',
		'person',
		['François Hollande', 'François Hollande', 'فرانسوا هولاند'],
		{ ar: ['هولاند'], fr: ['Francois Hollande'] },
		{ weak: { fr: ['=Hollande'], en: ['=Hollande'] } }
	),
	actor('nicolas-sarkozy', 'person', ['Nicolas Sarkozy', 'Nicolas Sarkozy', 'نيكولا ساركوزي'], {
		ar: ['ساركوزي'],
		fr: ['Sarkozy'],
		en: ['Sarkozy']
	}),
	actor('florence-parly', 'person', ['Florence Parly', 'Florence Parly', 'فلورنس بارلي'], {
		ar: ['بارلي', 'فلورانس بارلي'],
		fr: ['Parly'],
		en: ['Parly']
	}),
	actor('gerald-darmanin', 'person', ['Gérald Darmanin', 'Gérald Darmanin', 'جيرالد دارمانان'], {
		ar: ['دارمانان', 'دارمانين'],
		fr: ['Darmanin', 'Gerald Darmanin'],
		en: ['Darmanin']
	}),
	actor('christophe-castaner', 'person', ['Christophe Castaner', 'Christophe Castaner', 'كريستوف كاستانير'], {
		ar: ['كاستانير', 'كاستانيه'],
		fr: ['Castaner'],
		en: ['Castaner']
	}),
	actor('bernard-cazeneuve', 'person', ['Bernard Cazeneuve', 'Bernard Cazeneuve', 'برنار كازنوف'], {
		ar: ['كازنوف'],
		fr: ['Cazeneuve'],
		en: ['Cazeneuve']
	}),
	actor('manuel-valls', 'person', ['Manuel Valls', 'Manuel Valls', 'مانويل فالس'], {
		ar: ['فالس'],
		fr: ['Valls'],
		en: ['Valls']
	}),
	actor('jean-yves-le-drian', 'person', ['Jean-Yves Le Drian', 'Jean-Yves Le Drian', 'جان إيف لودريان'], {
		ar: ['لودريان', 'لو دريان'],
		fr: ['Le Drian'],
		en: ['Le Drian']
	}),
	actor(
		'gerard-collomb',
		'person',
		['Gérard Collomb', 'Gérard Collomb', 'جيرار كولومب'],
		{ fr: ['Collomb'], en: ['Collomb'] },
		{ weak: { ar: ['كولومب'] } }
	),
	actor('edouard-philippe', 'person', ['Édouard Philippe', 'Édouard Philippe', 'إدوار فيليب'], {
		fr: ['Edouard Philippe']
	}),
	// "Le Pen" alone is also her father Jean-Marie: a surname, weak like every other.
	actor(
		'marine-le-pen',
		'person',
		['Marine Le Pen', 'Marine Le Pen', 'مارين لوبان'],
		{ ar: ['لوبان'] },
		{ weak: { fr: ['Le Pen'], en: ['Le Pen'] } }
	),
	actor('francois-molins', 'person', ['François Molins', 'François Molins', 'فرانسوا مولانس'], {
		ar: ['مولانس'],
		fr: ['Molins'],
		en: ['Molins']
	}),
	actor('jean-francois-ricard', 'person', ['Jean-François Ricard', 'Jean-François Ricard', 'جان فرانسوا ريكار'], {}),
	actor('salah-abdeslam', 'person', ['Salah Abdeslam', 'Salah Abdeslam', 'صلاح عبد السلام'], {
		fr: ['Abdeslam'],
		en: ['Abdeslam']
	}),
	actor('abdelhamid-abaaoud', 'person', ['Abdelhamid Abaaoud', 'Abdelhamid Abaaoud', 'عبد الحميد أباعود'], {
		ar: ['أباعود'],
		fr: ['Abaaoud'],
		en: ['Abaaoud']
	}),
	// — United Kingdom, Germany, Europe —
	actor('theresa-may', 'person', ['Theresa May', 'Theresa May', 'تيريزا ماي'], { ar: ['تيريزا ماي'] }),
	actor(
		'boris-johnson',
		'person',
		['Boris Johnson', 'Boris Johnson', 'بوريس جونسون'],
		{ ar: ['جونسون'] },
		{ weak: { fr: ['Johnson'], en: ['Johnson'] } }
	),
	actor(
		'david-cameron',
		'person',
		['David Cameron', 'David Cameron', 'ديفيد كاميرون'],
		{ fr: ['Cameron'], en: ['Cameron'] },
		{ weak: { ar: ['كاميرون'] } }
	),
	actor('rishi-sunak', 'person', ['Rishi Sunak', 'Rishi Sunak', 'ريشي سوناك'], {
		ar: ['سوناك'],
		fr: ['Sunak'],
		en: ['Sunak']
	}),
	actor('angela-merkel', 'person', ['Angela Merkel', 'Angela Merkel', 'أنجيلا ميركل'], {
		ar: ['ميركل', 'انجيلا ميركل'],
		fr: ['Merkel'],
		en: ['Merkel']
	}),
	actor('olaf-scholz', 'person', ['Olaf Scholz', 'Olaf Scholz', 'أولاف شولتس'], {
		ar: ['شولتس', 'شولتز'],
		fr: ['Scholz'],
		en: ['Scholz']
	}),
	actor('rob-wainwright', 'person', ['Rob Wainwright', 'Rob Wainwright', 'روب وينرايت'], {
		ar: ['وينرايت', 'روب واينرايت'],
		fr: ['Wainwright'],
		en: ['Wainwright']
	}),
	actor('gilles-de-kerchove', 'person', ['Gilles de Kerchove', 'Gilles de Kerchove', 'جيل دي كيرشوف'], {
		ar: ['دي كيرشوف'],
		fr: ['de Kerchove'],
		en: ['de Kerchove']
	}),
	actor('federica-mogherini', 'person', ['Federica Mogherini', 'Federica Mogherini', 'فيديريكا موغيريني'], {
		ar: ['موغيريني'],
		fr: ['Mogherini'],
		en: ['Mogherini']
	}),
	actor('josep-borrell', 'person', ['Josep Borrell', 'Josep Borrell', 'جوزيب بوريل'], {
		ar: ['بوريل'],
		fr: ['Borrell'],
		en: ['Borrell']
	}),
	actor('ursula-von-der-leyen', 'person', ['Ursula von der Leyen', 'Ursula von der Leyen', 'أورسولا فون دير لاين'], {
		ar: ['فون دير لاين'],
		fr: ['von der Leyen'],
		en: ['von der Leyen']
	}),
	actor('jens-stoltenberg', 'person', ['Jens Stoltenberg', 'Jens Stoltenberg', 'ينس ستولتنبرغ'], {
		ar: ['ستولتنبرغ', 'ستولتنبرج'],
		fr: ['Stoltenberg'],
		en: ['Stoltenberg']
	}),
	actor('antonio-guterres', 'person', ['António Guterres', 'Antonio Guterres', 'أنطونيو غوتيريش'], {
		ar: ['غوتيريش', 'جوتيريش'],
		fr: ['Guterres'],
		en: ['Guterres', 'Antonio Guterres']
	}),
	actor('ban-ki-moon', 'person', ['Ban Ki-moon', 'Ban Ki-moon', 'بان كي مون'], {}),
	actor(
		'edi-rama',
		'person',
		['Edi Rama', 'Edi Rama', 'إيدي راما'],
		{ ar: ['ايدي راما'] },
		{ weak: { ar: ['راما'], fr: ['Rama'], en: ['Rama'] } }
	),
	actor('recep-tayyip-erdogan', 'person', ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'رجب طيب أردوغان'], {
		ar: ['أردوغان', 'اردوغان'],
		fr: ['Erdogan', 'Erdoğan'],
		en: ['Erdogan', 'Erdoğan']
	}),
	// — Middle East —
	actor('benjamin-netanyahu', 'person', ['Benjamin Netanyahu', 'Benyamin Netanyahou', 'بنيامين نتنياهو'], {
		ar: ['نتنياهو', 'نتانياهو'],
		fr: ['Netanyahou', 'Netanyahu'],
		en: ['Netanyahu']
	}),
	actor('benny-gantz', 'person', ['Benny Gantz', 'Benny Gantz', 'بيني غانتس'], {
		ar: ['غانتس', 'غانس', 'جانتس', 'بيني غانس', 'بيني جانتس', 'بيني غانتز', 'غانتز'],
		fr: ['Gantz'],
		en: ['Gantz']
	}),
	actor('naftali-bennett', 'person', ['Naftali Bennett', 'Naftali Bennett', 'نفتالي بينيت'], {
		ar: ['بينيت'],
		fr: ['Bennett'],
		en: ['Bennett']
	}),
	actor('yair-lapid', 'person', ['Yair Lapid', 'Yaïr Lapid', 'يائير لابيد'], {
		ar: ['لابيد'],
		fr: ['Lapid'],
		en: ['Lapid']
	}),
	actor('avigdor-lieberman', 'person', ['Avigdor Lieberman', 'Avigdor Lieberman', 'أفيغدور ليبرمان'], {
		ar: ['ليبرمان'],
		fr: ['Lieberman'],
		en: ['Lieberman']
	}),
	actor('ali-khamenei', 'person', ['Ali Khamenei', 'Ali Khamenei', 'علي خامنئي'], {
		ar: ['خامنئي', 'المرشد الأعلى الإيراني'],
		fr: ['Khamenei', 'Khameneï'],
		en: ['Khamenei']
	}),
	actor('hassan-rouhani', 'person', ['Hassan Rouhani', 'Hassan Rohani', 'حسن روحاني'], {
		ar: ['روحاني'],
		fr: ['Rohani', 'Rouhani'],
		en: ['Rouhani']
	}),
	actor(
		'ebrahim-raisi',
		'person',
		['Ebrahim Raisi', 'Ebrahim Raïssi', 'إبراهيم رئيسي'],
		{ fr: ['Raïssi', 'Raisi'], en: ['Raisi'] },
		{ weak: { ar: ['=رئيسي'] } }
	),
	actor('javad-zarif', 'person', ['Mohammad Javad Zarif', 'Mohammad Javad Zarif', 'محمد جواد ظريف'], {
		ar: ['ظريف', 'جواد ظريف'],
		fr: ['Zarif'],
		en: ['Zarif']
	}),
	actor('qasem-soleimani', 'person', ['Qasem Soleimani', 'Qassem Soleimani', 'قاسم سليماني'], {
		ar: ['سليماني'],
		fr: ['Soleimani'],
		en: ['Soleimani']
	}),
	actor(
		'bashar-al-assad',
		'person',
		['Bashar al-Assad', 'Bachar al-Assad', 'بشار الأسد'],
		{ ar: ['الرئيس السوري بشار الأسد', 'نظام الأسد'], fr: ['Bachar el-Assad', 'Assad'], en: ['Assad', 'Bashar Assad'] },
		{ weak: { ar: ['=الأسد'] } }
	),
	actor('abdel-fattah-el-sisi', 'person', ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sissi', 'عبد الفتاح السيسي'], {
		ar: ['السيسي'],
		fr: ['Sissi', 'al-Sissi'],
		en: ['Sisi', 'el-Sisi']
	}),
	actor('mohammed-bin-salman', 'person', ['Mohammed bin Salman', 'Mohammed ben Salmane', 'محمد بن سلمان'], {
		ar: ['ولي العهد السعودي'],
		fr: ['MBS'],
		en: ['MBS']
	}),
	actor('king-salman', 'person', ['King Salman', 'Roi Salmane', 'الملك سلمان'], {
		ar: ['سلمان بن عبد العزيز', 'خادم الحرمين الشريفين'],
		fr: ['roi Salmane']
	}),
	actor('mohammed-vi', 'person', ['Mohammed VI', 'Mohammed VI', 'الملك محمد السادس'], { ar: ['محمد السادس'] }),
	actor('abdelaziz-bouteflika', 'person', ['Abdelaziz Bouteflika', 'Abdelaziz Bouteflika', 'عبد العزيز بوتفليقة'], {
		ar: ['بوتفليقة'],
		fr: ['Bouteflika'],
		en: ['Bouteflika']
	}),
	actor('kais-saied', 'person', ['Kais Saied', 'Kaïs Saïed', 'قيس سعيد'], { fr: ['Saïed'], en: ['Saied'] }),
	actor('beji-caid-essebsi', 'person', ['Beji Caid Essebsi', 'Béji Caïd Essebsi', 'الباجي قائد السبسي'], {
		ar: ['السبسي', 'قائد السبسي'],
		fr: ['Essebsi'],
		en: ['Essebsi']
	}),
	actor('khalifa-haftar', 'person', ['Khalifa Haftar', 'Khalifa Haftar', 'خليفة حفتر'], {
		ar: ['حفتر'],
		fr: ['Haftar'],
		en: ['Haftar']
	}),
	actor('muammar-gaddafi', 'person', ['Muammar Gaddafi', 'Mouammar Kadhafi', 'معمر القذافي'], {
		ar: ['القذافي'],
		fr: ['Kadhafi'],
		en: ['Gaddafi']
	}),
	actor('mahmoud-abbas', 'person', ['Mahmoud Abbas', 'Mahmoud Abbas', 'محمود عباس'], { ar: ['أبو مازن'] }),
	actor('hassan-nasrallah', 'person', ['Hassan Nasrallah', 'Hassan Nasrallah', 'حسن نصر الله'], {
		ar: ['نصر الله', 'نصرالله'],
		fr: ['Nasrallah'],
		en: ['Nasrallah']
	}),
	actor('ismail-haniyeh', 'person', ['Ismail Haniyeh', 'Ismaïl Haniyeh', 'إسماعيل هنية'], {
		ar: ['هنية'],
		fr: ['Haniyeh'],
		en: ['Haniyeh']
	}),
	actor('yahya-sinwar', 'person', ['Yahya Sinwar', 'Yahya Sinouar', 'يحيى السنوار'], {
		ar: ['السنوار'],
		fr: ['Sinouar', 'Sinwar'],
		en: ['Sinwar']
	}),
	actor('abdul-malik-al-houthi', 'person', ['Abdul-Malik al-Houthi', 'Abdel Malek al-Houthi', 'عبد الملك الحوثي'], {}),
	actor('nouri-al-maliki', 'person', ['Nouri al-Maliki', 'Nouri al-Maliki', 'نوري المالكي'], {}),
	actor('haider-al-abadi', 'person', ['Haider al-Abadi', 'Haïder al-Abadi', 'حيدر العبادي'], { ar: ['العبادي'] }),
	actor('tamim-bin-hamad', 'person', ['Tamim bin Hamad Al Thani', 'Tamim ben Hamad Al Thani', 'تميم بن حمد آل ثاني'], {
		ar: ['الشيخ تميم', 'تميم بن حمد']
	}),
	// — Jihadist leaders —
	actor('abu-bakr-al-baghdadi', 'person', ['Abu Bakr al-Baghdadi', 'Abou Bakr al-Baghdadi', 'أبو بكر البغدادي'], {
		ar: ['=البغدادي'],
		fr: ['Baghdadi', 'al-Baghdadi'],
		en: ['Baghdadi', 'al-Baghdadi']
	}),
	actor('osama-bin-laden', 'person', ['Osama bin Laden', 'Oussama ben Laden', 'أسامة بن لادن'], {
		ar: ['بن لادن'],
		fr: ['Ben Laden', 'ben Laden'],
		en: ['Bin Laden', 'bin Laden', 'Usama bin Laden']
	}),
	actor('ayman-al-zawahiri', 'person', ['Ayman al-Zawahiri', 'Ayman al-Zawahiri', 'أيمن الظواهري'], {
		ar: ['الظواهري'],
		fr: ['Zawahiri', 'al-Zawahiri'],
		en: ['Zawahiri', 'al-Zawahiri']
	}),
	actor(
		'abu-mohammad-al-julani',
		'person',
		['Abu Mohammad al-Julani', 'Abou Mohammed al-Joulani', 'أبو محمد الجولاني'],
		{ ar: ['=الجولاني'], fr: ['Joulani', 'al-Joulani'], en: ['Julani', 'al-Jolani'] }
	),
	actor('abubakar-shekau', 'person', ['Abubakar Shekau', 'Abubakar Shekau', 'أبو بكر شيكاو'], {
		ar: ['شيكاو'],
		fr: ['Shekau'],
		en: ['Shekau']
	}),
	actor('iyad-ag-ghali', 'person', ['Iyad Ag Ghaly', 'Iyad Ag Ghaly', 'إياد أغ غالي'], {}),
	actor('mokhtar-belmokhtar', 'person', ['Mokhtar Belmokhtar', 'Mokhtar Belmokhtar', 'مختار بلمختار'], {
		ar: ['بلمختار'],
		fr: ['Belmokhtar'],
		en: ['Belmokhtar']
	}),
	actor('abu-musab-al-zarqawi', 'person', ['Abu Musab al-Zarqawi', 'Abou Moussab al-Zarkaoui', 'أبو مصعب الزرقاوي'], {
		ar: ['الزرقاوي']
	}),
	actor(
		'abu-mohammad-al-adnani',
		'person',
		['Abu Mohammad al-Adnani', 'Abou Mohammed al-Adnani', 'أبو محمد العدناني'],
		{ ar: ['العدناني'] }
	),
	// — Asia —
	actor('xi-jinping', 'person', ['Xi Jinping', 'Xi Jinping', 'شي جين بينغ'], { ar: ['شي جينبينغ', 'شي جين بينج'] }),
	actor('kim-jong-un', 'person', ['Kim Jong-un', 'Kim Jong-un', 'كيم جونغ أون'], {
		ar: ['كيم جونغ اون', 'كيم جونج أون'],
		fr: ['Kim Jong Un'],
		en: ['Kim Jong Un']
	}),
	actor('narendra-modi', 'person', ['Narendra Modi', 'Narendra Modi', 'ناريندرا مودي'], {
		ar: ['مودي'],
		fr: ['Modi'],
		en: ['Modi']
	}),
	actor('imran-khan', 'person', ['Imran Khan', 'Imran Khan', 'عمران خان'], {}),
	actor('ashraf-ghani', 'person', ['Ashraf Ghani', 'Ashraf Ghani', 'أشرف غني'], {}),
	actor('hamid-karzai', 'person', ['Hamid Karzai', 'Hamid Karzaï', 'حامد كرزاي'], {
		ar: ['كرزاي'],
		fr: ['Karzaï'],
		en: ['Karzai']
	})
];
