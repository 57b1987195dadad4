// Words that tell what kind of name a capitalised run is: organisation and place heads, legal suffixes, compass words.

/** Last word of a name that makes it an organisation: "Defense Ministry", "Liberal Democratic Party". */
export const ORG_TAIL_CUES: readonly string[] = [
  "Ministry", "Department", "Agency", "Authority", "Administration", "Commission", "Committee",
  "Council", "Court", "Tribunal", "Parliament", "Assembly", "Senate", "Congress", "Cabinet",
  "Party", "Front", "Movement", "Alliance", "Coalition", "Union", "League", "Federation",
  "Association", "Organization", "Organisation", "Society", "Institute", "Institution", "Foundation",
  "Fund", "Trust", "Bank", "Bancorp", "Exchange", "Securities", "Capital", "Partners", "Holdings",
  "Group", "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "plc",
  "Co", "Co.", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "Motors", "Motor", "Airlines", "Airways",
  "Electronics", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Pharma", "Energy",
  "Petroleum", "Oil", "Gas", "Telecom", "Communications", "Media", "News", "Times", "Post", "Journal",
  "Herald", "Tribune", "Gazette", "Press", "University", "College", "School", "Academy", "Laboratory",
  "Laboratories", "Lab", "Labs", "Hospital", "Clinic", "Museum", "Library", "Army", "Navy", "Force",
  "Forces", "Guard", "Police", "Corps", "Command", "Brigade", "Service", "Services", "Office", "Bureau",
  "Board", "Survey", "Secretariat", "Directorate", "Inspectorate", "Centre", "Center", "Centers",
  "Centres", "Programme", "Program", "Project", "Network", "Club", "FC", "Team", "Church",
  "Logistics", "Freight", "Shipping", "Railway", "Railways", "Mining", "Steel", "Chemicals", "Foods",
  "Brands", "Stores", "Entertainment", "Studios", "Records", "Semiconductor", "Robotics", "Reserve",
];

/** First word of a name that makes it an organisation when "of", "for" or "on" follows: "Ministry of Defense". */
export const ORG_HEAD_CUES: readonly string[] = [
  "Ministry", "Department", "Bank", "University", "College", "Institute", "Office", "Bureau",
  "Council", "Court", "Commission", "Committee", "Board", "Agency", "Authority", "Association",
  "Federation", "Union", "Organization", "Organisation", "League", "Party", "Church", "Museum",
  "Academy", "Society", "Chamber", "House", "Centers", "Center", "Centre", "Confederation",
  "Federal", "Panel", "Fund", "Foundation", "Alliance", "Coalition", "Movement", "Network", "Order",
  "Congress", "Parliament", "School", "Hospital", "Navy", "Army", "Corps",
];

/** Legal-form words dropped from organisation names: "Toyota Motor Corp." is "Toyota Motor". */
export const LEGAL_SUFFIXES: readonly string[] = [
  "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Limited", "LLC",
  "L.L.C.", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SE", "KK", "K.K.",
];

/** Last word of a name that makes it a place: "Amundsen Sea", "Sangamon County", "Rustaveli Avenue". */
export const PLACE_TAIL_CUES: readonly string[] = [
  "Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "Channel", "Canal", "River", "Lake", "Glacier",
  "Island", "Islands", "Isles", "Peninsula", "Coast", "Mountains", "Mountain", "Hills", "Valley",
  "Desert", "Plain", "Plains", "Falls", "Delta", "Basin", "Reef", "Province", "Prefecture", "County",
  "District", "Region", "Oblast", "Governorate", "Territory", "State", "City", "Town", "Village",
  "Avenue", "Street", "Road", "Boulevard", "Square", "Bridge", "Airport", "Port", "Harbour",
  "Harbor", "Station", "Park", "Stadium", "Arena", "Palace", "Castle", "Tower", "Heights", "Crossing",
];

/** First word of a name that makes it a place: "Mount Fuji", "Lake Biwa", "Gulf of Aden". */
export const PLACE_HEAD_CUES: readonly string[] = [
  "Mount", "Mt.", "Lake", "Cape", "Gulf", "Bay", "Strait", "Straits", "Sea", "Isle", "Port", "Fort",
  "Avenida", "Rue", "Via", "Plaza", "Piazza", "Place", "Plateau", "Gulf", "Republic", "Kingdom",
  "Province", "Prefecture", "Island", "Islands",
];

/** Compass words that can precede a known place: "West Antarctica", "Southern California". */
export const COMPASS: readonly string[] = [
  "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
  "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
  "Southeastern", "Southwestern", "Upper", "Lower", "Greater", "Inner", "Outer",
];

/** Connecting words allowed inside a name, between capitalised words: "Lula da Silva", "Bab al-Hawa". */
export const NAME_PARTICLES: readonly string[] = [
  "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von",
  "der", "den", "ter", "bin", "ibn", "bint", "al", "el", "y", "e",
];
