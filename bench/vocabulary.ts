// The fixed word lists the synthetic archive is made from: names to find, topics to group by, words to fill sentences.

export const FIRST_NAMES = [
  "Anna", "James", "Maria", "Nobuo", "Olena", "David", "Priya", "Carlos", "Fatima", "Thomas",
  "Yuki", "Ahmed", "Sophie", "Daniel", "Ingrid", "Kwame", "Elena", "Michael", "Aisha", "Lars",
  "Chen", "Laura", "Rafael", "Hana", "Pierre", "Grace", "Dmitri", "Lucia", "Samuel", "Mei",
  "Antony", "Yoshimasa", "Catherine", "Jonas", "Amara", "Robert", "Ines", "Hiroshi", "Nadia", "Peter",
] as const;

export const LAST_NAMES = [
  "Kishi", "Austin", "Hayashi", "Blinken", "Kovalenko", "Schmidt", "Okafor", "Tanaka", "Moreau", "Novak",
  "Fernandez", "Lindqvist", "Mensah", "Rossi", "Nakamura", "Haddad", "O'Brien", "Petrov", "Silva", "Walsh",
  "Kim", "Andersen", "Dubois", "Sato", "Mwangi", "Herrera", "Ivanova", "Chowdhury", "Becker", "Morgan",
  "Yamamoto", "Osei", "Larsen", "Costa", "Nguyen", "Fischer", "Abe", "Katz", "Romero", "Wright",
] as const;

export const ROLES = [
  "Prime Minister", "Defense Minister", "Foreign Minister", "Finance Minister", "President",
  "Governor", "Mayor", "Senator", "Chief Executive", "Secretary of State", "Health Minister",
  "Central Bank Governor", "Opposition Leader", "Police Chief", "Trade Minister",
] as const;

export const PLACES = [
  "Japan", "Ukraine", "China", "Taiwan", "Germany", "France", "Brazil", "Kenya", "India", "Canada",
  "Australia", "Mexico", "South Korea", "Nigeria", "Poland", "Indonesia", "Turkey", "Egypt", "Chile", "Norway",
  "Tokyo", "Kyiv", "Beijing", "Berlin", "Paris", "Nairobi", "Mumbai", "Toronto", "Sydney", "Seoul",
  "Lagos", "Warsaw", "Jakarta", "Istanbul", "Cairo", "Santiago", "Oslo", "Washington", "London", "Brussels",
] as const;

/** With "the" where English wants it, so sentences read naturally and the names stay capitalised. */
export const ORGANISATIONS = [
  "the United Nations", "the European Union", "the World Bank", "the International Monetary Fund",
  "the World Health Organization", "NATO", "the Red Cross", "the Ministry of Finance", "the Ministry of Defense",
  "the Supreme Court", "the Central Bank", "the National Weather Service", "Amnesty International", "Greenpeace",
  "Reuters", "Kyodo News", "the Bank of Japan", "the Federal Reserve", "the African Union", "OPEC",
  "Harvard University", "Oxford University", "FIFA", "the Electoral Commission", "the Red Crescent",
] as const;

export const COMPANIES = [
  "Toyota", "Siemens", "Samsung", "Petrobras", "Air France", "Nokia", "Tata Group", "Shell",
  "Volkswagen", "Sony", "Equinor", "Safaricom", "Embraer", "Unilever", "Hyundai",
] as const;

export const TOPICS = {
  politics: ["election", "coalition", "referendum", "reform bill", "cabinet reshuffle", "parliament", "campaign", "vote"],
  economy: ["budget", "inflation", "interest rate", "trade deal", "tariff", "stimulus package", "growth forecast", "currency"],
  defense: ["alliance", "missile program", "ceasefire", "security pact", "military exercise", "border dispute", "arms deal", "deterrent"],
  health: ["vaccine rollout", "hospital", "outbreak", "health service", "drug trial", "insurance scheme", "clinic", "pandemic response"],
  climate: ["emissions target", "heatwave", "flood defense", "carbon tax", "wind farm", "drought", "wildfire", "climate plan"],
  technology: ["data center", "chip plant", "privacy law", "satellite", "cyberattack", "startup", "broadband network", "AI regulation"],
  sport: ["tournament", "final", "transfer", "stadium", "championship", "doping case", "world record", "qualifier"],
} as const satisfies Record<string, readonly string[]>;

export type Topic = keyof typeof TOPICS;
export const TOPIC_NAMES = Object.keys(TOPICS) as Topic[];

export const GENERIC_NOUNS = [
  "plan", "proposal", "agreement", "policy", "investigation", "decision", "report", "strategy",
  "deal", "review", "initiative", "program", "bill", "package", "framework", "inquiry",
] as const;

export const ADJECTIVES = [
  "major", "controversial", "long-awaited", "ambitious", "unprecedented", "modest", "urgent", "sweeping",
  "fragile", "bilateral", "regional", "costly", "historic", "preliminary", "temporary", "tough",
] as const;

/** Base form and past tense, so sentences can use either without a rules engine. */
export const VERBS = [
  ["approve", "approved"], ["reject", "rejected"], ["delay", "delayed"], ["expand", "expanded"],
  ["review", "reviewed"], ["support", "supported"], ["challenge", "challenged"], ["fund", "funded"],
  ["boost", "boosted"], ["cut", "cut"], ["strengthen", "strengthened"], ["undermine", "undermined"],
  ["revise", "revised"], ["announce", "announced"], ["suspend", "suspended"], ["back", "backed"],
] as const;

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export const TIME_REFERENCES = [
  "later this week", "next month", "by the end of the year", "on Friday", "in the coming days",
  "early next year", "within weeks", "before the summer",
] as const;

export const UNITS = ["cases", "complaints", "applications", "incidents", "arrests", "claims"] as const;

export const TRENDS = ["grown", "fallen", "risen", "shrunk"] as const;

export const NATION_WORDS = ["nation", "country", "government", "city", "region", "company"] as const;

export const QUOTES = [
  "We are deeply concerned about the situation",
  "This is a difficult decision, but it's the right one",
  "We don't expect a quick resolution",
  "The public deserves a full explanation",
  "Our priority is the safety of the people",
  "There is still a lot of work to do",
  "We won't accept any attempt to change the status quo by force",
  "The numbers speak for themselves",
  "Nobody wants to see this happen again",
  "It's too early to say what the long-term impact will be",
  "We have made real progress in the last few months",
  "This is not the end of the process",
] as const;

export const AUTHORS = [
  "Staff Reporter", "Anna Schmidt", "Kwame Osei", "Yuki Tanaka", "Laura Costa", "Daniel Walsh",
  "Priya Chowdhury", "Pierre Dubois", "Mei Nguyen", "Jonas Larsen",
] as const;
