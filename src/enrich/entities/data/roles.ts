// Honorifics and role titles that precede a person's name and are stripped from it: "Defense Minister", "Secretary of State".

/** Words that end a title and are followed by the name: "Minister" in "Defense Minister Nobuo Kishi". */
export const ROLE_HEADS: readonly string[] = [
  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.", "Professor",
  "Sir", "Dame", "Lord", "Lady", "Rev", "Rev.", "Reverend", "Father", "Sister", "Brother",
  "President", "Vice-President", "Premier", "Chancellor", "Minister", "Secretary", "Secretary-General",
  "Director-General", "Under-Secretary", "Undersecretary", "Governor", "Governor-General", "Mayor",
  "Senator", "Sen.", "Sen", "Representative", "Rep.", "Congressman", "Congresswoman",
  "Assemblyman", "Assemblywoman", "Councillor", "Councilor", "Councilman", "Councilwoman",
  "Lawmaker", "MP", "Speaker", "Ambassador", "Envoy", "Consul", "Commissioner", "Chairman",
  "Chairwoman", "Chairperson", "Chair", "CEO", "CFO", "COO", "CTO", "Executive", "Officer", "Director",
  "Manager", "Coach", "Captain", "Capt.", "Spokesman", "Spokeswoman", "Spokesperson", "Judge",
  "Justice", "Magistrate", "Prosecutor", "Attorney", "Sheriff", "Marshal", "Chief", "Inspector",
  "Detective", "Sgt.", "Sergeant", "Constable", "Lt.", "Lieutenant", "Col.", "Colonel", "Gen.",
  "Maj.", "Major", "Adm.", "Admiral", "Cmdr.", "Commander", "Commandant", "Private", "Cpl.",
  "Corporal", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Crown", "Sheikh",
  "Sultan", "Emir", "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Ayatollah",
  "Pastor", "Leader", "Head", "Founder", "Chancellor", "Dean", "Provost", "Principal", "Trustee",
  "Superintendent", "Registrar", "Auditor", "Comptroller", "Treasurer", "Clerk", "Deputy",
  "Analyst", "Economist", "Strategist", "Adviser", "Advisor", "Counsel", "Lawyer", "Striker",
  "Midfielder", "Defender", "Goalkeeper", "Guard", "Forward", "Quarterback", "Pitcher", "PM", "FM",
];

/** Role heads that may also end a person's surname ("Stephen King") or name something else ("Justice Department"). */
export const WEAK_ROLE_HEADS: readonly string[] = [
  "King", "Queen", "Prince", "Princess", "Justice", "Guard", "Forward", "Head", "Leader", "Chief",
  "Major", "Private", "Father", "Brother", "Sister", "Lady", "Lord", "Crown", "Executive", "Officer",
  "Director", "Manager", "Counsel", "Chair", "Speaker",
];

/** Words that may precede a role head within the title: "Deputy Prime", "Foreign", "U.S. District". */
export const ROLE_MODIFIERS: readonly string[] = [
  "Prime", "Vice", "Deputy", "Acting", "Interim", "Former", "Ex", "Chief", "Senior", "Junior",
  "Assistant", "Associate", "Executive", "Managing", "General", "Principal", "First", "Second",
  "Lead", "Head", "Supreme", "High", "Grand", "Crown", "Lord", "Special", "State", "Federal",
  "District", "Circuit", "Appeals", "Magistrate", "Attorney", "Solicitor", "Police", "Fire",
  "Opposition", "Majority", "Minority", "House", "Senate", "Party", "Cabinet", "Chief-of-Staff",
  "Presiding", "Surgeon", "Inspector", "Detective", "Brigadier", "Lt", "Lieutenant", "Major",
  "Rear", "Staff", "Sgt.", "Sergeant", "Master", "Press", "Team", "Club", "Board", "Election",
  "Central", "Bank", "Army", "Navy", "Air", "Military", "Vice-President", "President", "Executive",
  "Operating", "Financial", "Technology", "Technical", "Creative", "Medical", "Science", "Scientific",
];

/** Portfolios: before a role ("Defense Minister") or after "of" ("Minister of Foreign Affairs"). */
export const PORTFOLIOS: readonly string[] = [
  "Defense", "Defence", "Foreign", "Finance", "Economy", "Economic", "Trade", "Commerce", "Industry",
  "Health", "Welfare", "Labor", "Labour", "Employment", "Education", "Science", "Technology",
  "Interior", "Home", "Homeland", "Security", "Justice", "Legal", "Energy", "Environment", "Climate",
  "Agriculture", "Fisheries", "Food", "Transport", "Transportation", "Infrastructure", "Housing",
  "Culture", "Sports", "Sport", "Tourism", "Communications", "Digital", "Information",
  "Treasury", "Exchequer", "State", "Affairs", "Internal", "External", "International",
  "Development", "Cooperation", "Planning", "Budget", "Revenue", "Taxation", "Veterans",
  "Immigration", "Migration", "Reconstruction", "Reconciliation", "Unification", "Intelligence",
  "Public", "Administration", "Social", "Family", "Women", "Children", "Youth", "Equality",
  "Local", "Government", "Regional", "Rural", "Urban", "Water", "Resources", "Natural", "Mines",
  "Oil", "Petroleum", "Power", "Land", "Works", "Policy", "Strategy", "Communication", "Relations",
];
