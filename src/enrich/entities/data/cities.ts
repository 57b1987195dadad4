// Gazetteer of cities: capitals and the large or often-reported cities of each region, canonical name first, then aliases.

export const CITIES: readonly (readonly string[])[] = [
  // East Asia.
  ["Tokyo"], ["Osaka"], ["Kyoto"], ["Yokohama"], ["Nagoya"], ["Sapporo"], ["Fukuoka"], ["Kobe"],
  ["Hiroshima"], ["Nagasaki"], ["Sendai"], ["Naha"], ["Beijing", "Peking"], ["Shanghai"],
  ["Guangzhou"], ["Shenzhen"], ["Wuhan"], ["Chengdu"], ["Chongqing"], ["Tianjin"], ["Nanjing"],
  ["Hangzhou"], ["Xi'an"], ["Harbin"], ["Lhasa"], ["Urumqi"], ["Taipei"], ["Kaohsiung"], ["Seoul"],
  ["Busan"], ["Incheon"], ["Pyongyang"], ["Ulaanbaatar", "Ulan Bator"],
  // South and Southeast Asia, Oceania.
  ["New Delhi"], ["Delhi"], ["Mumbai", "Bombay"], ["Kolkata", "Calcutta"], ["Chennai", "Madras"],
  ["Bengaluru", "Bangalore"], ["Hyderabad"], ["Karachi"], ["Lahore"], ["Islamabad"], ["Kabul"],
  ["Dhaka"], ["Kathmandu"], ["Colombo"], ["Bangkok"], ["Hanoi"], ["Ho Chi Minh City", "Saigon"],
  ["Phnom Penh"], ["Vientiane"], ["Yangon", "Rangoon"], ["Naypyitaw"], ["Kuala Lumpur"],
  ["Jakarta"], ["Manila"], ["Sydney"], ["Melbourne"], ["Brisbane"], ["Perth"], ["Adelaide"],
  ["Canberra"], ["Auckland"], ["Wellington"], ["Port Moresby"],
  // Middle East and Central Asia.
  ["Tehran"], ["Baghdad"], ["Damascus"], ["Aleppo"], ["Beirut"], ["Amman"], ["Jerusalem"],
  ["Tel Aviv"], ["Riyadh"], ["Jeddah"], ["Mecca"], ["Dubai"], ["Abu Dhabi"], ["Doha"], ["Muscat"],
  ["Kuwait City"], ["Manama"], ["Sanaa"], ["Aden"], ["Ankara"], ["Istanbul"], ["Izmir"], ["Antalya"],
  ["Gaziantep"], ["Adana"], ["Mosul"], ["Basra"], ["Erbil"], ["Tashkent"], ["Astana"], ["Almaty"],
  ["Baku"], ["Tbilisi"], ["Yerevan"], ["Rafah"], ["Khan Younis"], ["Ramallah"], ["Hebron"],
  // Europe.
  ["London"], ["Manchester"], ["Birmingham"], ["Liverpool"], ["Glasgow"], ["Edinburgh"],
  ["Cardiff"], ["Belfast"], ["Dublin"], ["Paris"], ["Marseille"], ["Lyon"], ["Berlin"], ["Munich"],
  ["Frankfurt"], ["Hamburg"], ["Cologne"], ["Brussels"], ["Amsterdam"], ["The Hague", "Hague"],
  ["Rotterdam"], ["Luxembourg City"], ["Geneva"], ["Zurich"], ["Bern"], ["Vienna"], ["Rome"],
  ["Milan"], ["Naples"], ["Venice"], ["Florence"], ["Madrid"], ["Barcelona"], ["Lisbon"], ["Athens"],
  ["Warsaw"], ["Krakow", "Kraków"], ["Prague"], ["Budapest"], ["Bratislava"], ["Bucharest"],
  ["Sofia"], ["Belgrade"], ["Zagreb"], ["Sarajevo"], ["Ljubljana"], ["Chisinau"], ["Minsk"],
  ["Vilnius"], ["Riga"], ["Tallinn"], ["Helsinki"], ["Stockholm"], ["Oslo"], ["Copenhagen"],
  ["Reykjavik"], ["Moscow"], ["St. Petersburg", "Saint Petersburg"], ["Kyiv", "Kiev"], ["Kharkiv"],
  ["Odesa", "Odessa"], ["Lviv"], ["Mariupol"], ["Bakhmut"], ["Davos"], ["Strasbourg"],
  // Africa.
  ["Cairo"], ["Alexandria"], ["Tripoli"], ["Tunis"], ["Algiers"], ["Rabat"], ["Casablanca"],
  ["Khartoum"], ["Addis Ababa"], ["Nairobi"], ["Mogadishu"], ["Kampala"], ["Kigali"],
  ["Dar es Salaam"], ["Lagos"], ["Abuja"], ["Accra"], ["Dakar"], ["Bamako"], ["Niamey"],
  ["Kinshasa"], ["Luanda"], ["Harare"], ["Lusaka"], ["Johannesburg"], ["Cape Town"], ["Pretoria"],
  ["Durban"],
  // The Americas.
  ["Washington", "Washington, D.C.", "Washington D.C."], ["New York", "New York City", "NYC"],
  ["Los Angeles"], ["San Francisco"], ["Chicago"], ["Boston"], ["Philadelphia"], ["Miami"],
  ["Atlanta"], ["Seattle"], ["Denver"], ["Dallas"], ["Houston"], ["San Diego"], ["Las Vegas"],
  ["Detroit"], ["New Orleans"], ["Baltimore"], ["Pittsburgh"], ["Minneapolis"], ["St. Louis"],
  ["Silicon Valley"], ["Wall Street"], ["Toronto"], ["Montreal"], ["Vancouver"], ["Ottawa"],
  ["Mexico City"], ["Guadalajara"], ["Havana"], ["Caracas"], ["Bogotá", "Bogota"], ["Lima"],
  ["Quito"], ["Santiago"], ["Buenos Aires"], ["Montevideo"], ["Asuncion", "Asunción"],
  ["La Paz"], ["São Paulo", "Sao Paulo"], ["Rio de Janeiro", "Rio"], ["Brasília", "Brasilia"],
  ["Panama City"], ["San Juan"], ["Port-au-Prince"],
];
