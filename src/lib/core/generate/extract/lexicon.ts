/**
 * Small word lists the extractors rely on where compromise's lexicon is
 * thin: East Asian family names, titles and role nouns, organisation heads,
 * speech verbs. Lowercase unless noted.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Family names written first in Chinese, Korean and Vietnamese names (Moon Jae-in, Xi Jinping). */
export const FAMILY_FIRST = set(`
	kim lee yi park pak choi choe jung chung jeong kang cho jo yoon yun jang chang lim im han oh seo shin sin kwon hwang ahn an
	song jeon chun yoo yu hong ko go moon mun yang son bae baek paek heo huh nam roh noh ha gwak kwak sung seong cha ryu
	wang li zhang liu chen zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong
	xiao cheng cao yuan deng xu fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren jiang
	fan fang shi yao tan liao zou xiong jin lu hao kong bai cui kang mao qiu qin jiang shao wan gu lai wu mo xi hou qian
	nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
`);

/** Capitalised words that form titles before a name ("Foreign Minister", "Secretary of State"). */
export const TITLE_WORDS = set(`
	president minister secretary state general attorney chancellor premier king queen prince princess emperor empress
	sultan sheikh pope cardinal bishop senator sen governor gov mayor ambassador admiral commander colonel col captain
	lieutenant sergeant marshal judge justice chief director chairman chairwoman chair speaker representative rep dr doctor
	professor prof mr mrs ms sir lord lady dame then-president leader
`);

/** Lowercase nouns that name a role ("Chinese leader", "ISRO chairman", "the pirate"). */
export const ROLE_NOUNS = set(`
	leader president minister chairman chairwoman chair chief spokesman spokeswoman spokesperson envoy ambassador official
	director governor professor economist historian admiral emperor king queen general commander pirate engineer scientist
	physicist chemist biologist astronomer analyst expert fellow researcher author writer journalist editor reporter
	correspondent adviser advisor secretary diplomat negotiator ruler monarch sultan prince princess founder ceo executive
	manager head premier chancellor senator lawmaker legislator mayor judge lawyer activist interpreter explorer navigator
	admiral captain eunuch general architect artist poet philosopher mathematician doctor surgeon officer representative
	deputy lecturer student teacher dean rector president-elect vice-president prime-minister
`);

/**
 * Trades an aside gives a person ("Onni Niskanen, a Swedish coach employed by …"): enough to say the name is someone's,
 * though not a title written before a name.
 */
export const TRADE_NOUNS = set(`
	coach trainer athlete runner sprinter marathoner cyclist swimmer gymnast boxer footballer cricketer teammate
	photographer painter sculptor composer novelist playwright botanist geologist zoologist naturalist physician
	inventor entrepreneur businessman businesswoman banker
`);

/** Nationality adjectives and modifiers that may open a title ("South Korean Foreign Minister", "former"). */
export const TITLE_MODIFIERS = set(`
	american british chinese japanese korean south north indian russian soviet french german italian spanish iranian
	iraqi israeli thai indonesian malaysian vietnamese filipino singaporean australian canadian mexican brazilian turkish
	egyptian saudi pakistani bangladeshi african european asian u.s. us u.k. uk u.n. un eu new former then then- vice prime
	foreign finance defence defense deputy acting supreme crown grand interior home trade first executive managing
`);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS = set(`
	center centre university school college institute institution command forces force bank fund organisation organization
	agency council ministry department party company corporation corp inc ltd group motors steel initiative museum committee
	commission association union senate congress parliament assembly court army navy times post journal news network
	foundation administration government office bureau service services house diplomat federation alliance league club
	society academy laboratory observatory station program programme board authority exchange reserve
`);

/** Last words that make a capitalised phrase an event or a thing rather than a place ("Hanoi Summit"). */
export const EVENT_HEADS = set('summit war wars conference games olympics crisis treaty accord accords agreement revolution dynasty day');

/** Last words that make a capitalised phrase a place. */
export const PLACE_HEADS = set(`
	peninsula zone sea ocean river hill hills mountain mountains island islands gulf bay strait coast city province state
	county district valley lake desert point capitol square street road bridge temple palace wall canal port
	shelf glacier plateau cape sound range basin reef harbour harbor channel tower stadium arena airport hospital cathedral abbey shipyard dockyard mine mill factory
`);

/** Verbs that introduce what someone said. */
export const SPEECH_VERBS = set(`
	said says say told tells added adds asked asks wrote writes argued argues warned warns explained explains noted notes
	stated states declared declares insisted insists suggested suggests mentioned mentions stressed stresses emphasized
	emphasised emphasizes emphasises announced announces claimed claims replied replies recalled recalls acknowledged
	admitted observed observes predicted predicts cautioned cautions urged urges
`);

/** Verbs that report what someone found or held true, always with "that" ("Jeffreys showed that such forces were far too weak"). */
export const FINDING_VERBS = set(`
	showed shown proved concluded demonstrated realised realized discovered calculated reasoned recognised recognized
	believed feared hoped suspected
`);

/** Words that hedge a statement; facts should not be asked about them. */
export const HEDGES = set('may might could likely unlikely perhaps probably possibly reportedly seems seem appears appear allegedly');

/** Words that mark opinion rather than fact. */
export const OPINION = set('think thinks believe believes should must ought opinion experts critics proponents best worst mistake reckless argue argues');

/** Connectives that open a sentence and lean on the one before; prompts drop them. */
// prettier-ignore
export const CONNECTIVES = [
	'however', 'instead', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'still', 'also', 'but', 'and',
	'yet', 'even so', 'in addition', 'soon afterwards', 'soon afterward', 'afterwards', 'as a result', 'in turn', 'then',
	'so', 'thus', 'therefore', 'besides', 'indeed', 'in fact', 'as of now', 'in that time', 'by then', 'after that', 'since then',
	'at the time', 'by comparison', 'by contrast', 'fittingly', 'similarly', 'likewise', 'in other words', 'ironically',
	'much later', 'years later', 'decades later', 'months later', 'weeks later', 'days later', 'shortly afterwards', 'shortly afterward',
	'for that work', 'for this work', 'for their work', 'for that discovery', 'for this discovery', 'for their discovery'
];

/** Month names and their abbreviations, to month numbers. */
export const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sep: 9,
	sept: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};

/** Spelled-out numbers that count things ("four years", "seven voyages"). */
export const NUMBER_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12
};

/** Ordinals in words, to their rank. */
export const ORDINAL_WORDS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	twentieth: 20
};

/** Words that are capitalised for other reasons than naming (sentence openers, days, pronoun I). */
export const NOT_NAMES = set(`
	i a an the this that these those it its he she they we his her their our my your there here when where while what which
	who whom whose why how if but and or so yet as at in on of for to from by with without after before during despite since
	although though because once until unless whether many most some such both all each every no not one none other another
	monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow experts officials critics proponents
	engineers scientists investors economists historians voters riots recovery support inside soon even mr mrs ms then-president
	celsius fahrenheit kelvin under across along among amid against beyond behind below beneath beside between near
	throughout toward towards upon within
`);

/** What a cause did to bring a result ("…, forcing X", "… led to X"), as the join writes it, then in the past and the present. */
export const CAUSE_VERBS: Record<string, [string, string]> = {
	'led to': ['led to', 'leads to'],
	'resulted in': ['resulted in', 'results in'],
	forcing: ['forced', 'forces'],
	prompting: ['prompted', 'prompts'],
	causing: ['caused', 'causes'],
	triggering: ['triggered', 'triggers'],
	sparking: ['sparked', 'sparks'],
	allowing: ['allowed', 'allows'],
	enabling: ['enabled', 'enables'],
	leaving: ['left', 'leaves'],
	allowed: ['allowed', 'allows'],
	enabled: ['enabled', 'enables'],
	caused: ['caused', 'causes'],
	'meant that': ['meant that', 'means that']
};

/** The particle of a family name ("Max von Laue", "Urbain Le Verrier"): written capitalised, it may open the name of its own. */
export const NAME_PARTICLE = /^(?:von|van|de|der|den|da|di|du|del|della|des|le|la|bin|ibn)$/i;
