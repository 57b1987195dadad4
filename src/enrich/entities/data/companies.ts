// Known companies, news agencies and media: the largest and most reported, canonical name first, then aliases.

export const COMPANIES: readonly (readonly string[])[] = [
  // News agencies and media.
  ["Reuters"], ["Associated Press", "AP"], ["Agence France-Presse", "AFP"], ["Kyodo News", "Kyodo"],
  ["Xinhua", "Xinhua News Agency"], ["Yonhap", "Yonhap News Agency"], ["Bloomberg"], ["NHK"],
  ["BBC"], ["CNN"], ["Al Jazeera"], ["TASS"], ["Interfax"], ["Dow Jones"], ["New York Times"],
  ["Wall Street Journal"], ["Washington Post"], ["Financial Times"], ["The Guardian", "Guardian"],
  ["The Economist"], ["Nikkei"], ["Asahi Shimbun"], ["Yomiuri Shimbun"], ["Fox News"],
  // Technology.
  ["Apple"], ["Microsoft"], ["Google"], ["Alphabet"], ["Amazon"], ["Meta Platforms", "Meta"],
  ["Facebook"], ["Instagram"], ["WhatsApp"], ["Twitter"], ["TikTok"], ["ByteDance"], ["Netflix"],
  ["Spotify"], ["Nvidia"], ["Intel"], ["AMD"], ["Qualcomm"], ["IBM"], ["Oracle"], ["Cisco"],
  ["OpenAI"], ["Anthropic"], ["Tesla"], ["SpaceX"], ["Uber"], ["Airbnb"], ["Samsung Electronics", "Samsung"],
  ["SK Hynix"], ["LG Electronics"], ["Sony", "Sony Group"], ["Panasonic"], ["Toshiba"], ["Hitachi"],
  ["SoftBank", "SoftBank Group"], ["Nintendo"], ["Huawei"], ["Alibaba", "Alibaba Group"],
  ["Tencent"], ["Baidu"], ["Xiaomi"], ["Taiwan Semiconductor Manufacturing", "TSMC"], ["Foxconn"],
  ["ASML"], ["SAP"], ["Siemens"], ["Ericsson"], ["Nokia"],
  // Cars, industry and energy.
  ["Toyota Motor", "Toyota"], ["Honda Motor", "Honda"], ["Nissan Motor", "Nissan"], ["Mazda"],
  ["Subaru"], ["Suzuki Motor"], ["Mitsubishi Motors"], ["Volkswagen", "VW"], ["BMW"],
  ["Mercedes-Benz"], ["Stellantis"], ["Renault"], ["Ford Motor"], ["General Motors", "GM"],
  ["Hyundai Motor", "Hyundai"], ["Kia"], ["BYD"], ["Boeing"], ["Airbus"], ["Lockheed Martin"],
  ["Raytheon"], ["Mitsubishi Heavy Industries"], ["General Electric", "GE"], ["Shell"], ["BP"],
  ["ExxonMobil", "Exxon Mobil", "Exxon"], ["Chevron"], ["TotalEnergies"], ["Saudi Aramco", "Aramco"],
  ["Gazprom"], ["Rosneft"], ["Petrobras"], ["Glencore"], ["Rio Tinto"], ["BHP"], ["ArcelorMittal"],
  // Finance.
  ["Goldman Sachs"], ["JPMorgan Chase", "JPMorgan", "J.P. Morgan"], ["Morgan Stanley"],
  ["Bank of America"], ["Citigroup", "Citi"], ["Wells Fargo"], ["BlackRock"], ["HSBC"], ["Barclays"],
  ["UBS"], ["Credit Suisse"], ["Deutsche Bank"], ["BNP Paribas"], ["Nomura", "Nomura Holdings"],
  ["Mitsubishi UFJ Financial Group", "MUFG"], ["Mizuho"], ["Berkshire Hathaway"], ["Visa"],
  ["Mastercard"], ["New York Stock Exchange", "NYSE"], ["Nasdaq"], ["Tokyo Stock Exchange"],
  ["London Stock Exchange Group", "LSEG"],
  // Consumer goods, retail and health.
  ["Walmart"], ["Costco"], ["Nestle", "Nestlé"], ["Unilever"], ["Procter & Gamble", "P&G"],
  ["Coca-Cola"], ["PepsiCo"], ["McDonald's"], ["Starbucks"], ["Nike"], ["Adidas"], ["Disney", "Walt Disney"],
  ["Pfizer"], ["Moderna"], ["BioNTech"], ["Johnson & Johnson"], ["AstraZeneca"], ["Novartis"],
  ["Roche"], ["Sanofi"], ["GSK", "GlaxoSmithKline"], ["Merck"], ["Eli Lilly"], ["Novo Nordisk"],
  ["Bayer"], ["Takeda Pharmaceutical", "Takeda"],
];
