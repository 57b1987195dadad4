// Gazetteer of regions, seas, rivers, mountains and first-level subdivisions, canonical name first, then aliases.

export const REGIONS: readonly (readonly string[])[] = [
  // Continents and world regions.
  ["Africa"], ["Asia"], ["Europe"], ["North America"], ["South America"], ["Latin America"],
  ["Central America"], ["Oceania"], ["Antarctica", "the Antarctic"], ["Arctic", "the Arctic"],
  ["Middle East", "Mideast"], ["Near East"], ["Far East"], ["East Asia"], ["Southeast Asia"],
  ["South Asia"], ["Central Asia"], ["Western Europe"], ["Eastern Europe"], ["Central Europe"],
  ["Northern Europe"], ["Southern Europe"], ["West Africa"], ["East Africa"], ["North Africa"],
  ["Southern Africa"], ["Sub-Saharan Africa"], ["Horn of Africa"], ["Sahel"], ["Balkans"],
  ["Caucasus"], ["Scandinavia"], ["Caribbean"], ["Pacific"], ["Indo-Pacific"], ["Asia-Pacific"],
  ["Gulf"], ["Korean Peninsula"], ["Iberian Peninsula"], ["Arabian Peninsula"], ["Siberia"],
  ["Patagonia"], ["Amazon", "Amazonia"], ["Sahara"], ["Himalayas"], ["Alps"], ["Andes"],
  ["West Antarctica"], ["East Antarctica"],
  // Former states, often named in archives, and planets.
  ["Soviet Union", "USSR", "U.S.S.R."], ["Yugoslavia"], ["Czechoslovakia"], ["East Germany"], ["West Germany"],
  ["Ottoman Empire"], ["Mars"], ["Venus"], ["Jupiter"], ["Saturn"],
  // Seas, oceans, straits and rivers.
  ["Pacific Ocean"], ["Atlantic Ocean", "Atlantic"], ["Indian Ocean"], ["Arctic Ocean"],
  ["Southern Ocean"], ["Mediterranean", "Mediterranean Sea"], ["Black Sea"], ["Baltic Sea", "Baltic"],
  ["North Sea"], ["Red Sea"], ["Caspian Sea"], ["Aegean Sea", "Aegean"], ["Adriatic Sea", "Adriatic"],
  ["Sea of Japan"], ["East China Sea"], ["South China Sea"], ["Yellow Sea"], ["Sea of Okhotsk"],
  ["Arabian Sea"], ["Persian Gulf"], ["Gulf of Mexico"], ["Gulf of Aden"], ["Gulf of Oman"],
  ["Bay of Bengal"], ["Taiwan Strait"], ["Strait of Hormuz"], ["Strait of Malacca"],
  ["English Channel"], ["Bosporus", "Bosphorus"], ["Suez Canal"], ["Panama Canal"], ["Nile"],
  ["Danube"], ["Rhine"], ["Thames"], ["Yangtze"], ["Mekong"], ["Ganges"], ["Euphrates"], ["Tigris"],
  ["Dnipro", "Dnieper"], ["Mississippi River"], ["Rio Grande"], ["Amazon River"],
  ["Mount Everest", "Everest"], ["Mount Fuji"],
  // Disputed or often-reported areas.
  ["Crimea"], ["Donbas", "Donbass"], ["Donetsk"], ["Luhansk"], ["Kherson"], ["Zaporizhzhia"],
  ["Gaza", "Gaza Strip"], ["West Bank"], ["Golan Heights"], ["East Jerusalem"], ["Kashmir"],
  ["Tibet"], ["Xinjiang"], ["Kurdistan"], ["Darfur"], ["Nagorno-Karabakh"], ["Transnistria"],
  ["Senkaku Islands", "Senkakus"], ["Kuril Islands", "Kurils"], ["Falkland Islands", "Falklands"],
  ["Okinawa"], ["Hokkaido"], ["Kyushu"], ["Honshu"], ["Shikoku"], ["Fukushima"], ["Guam"],
  ["Hawaii"], ["Sicily"], ["Sardinia"], ["Corsica"], ["Bali"], ["Java"], ["Sumatra"], ["Borneo"],
  ["Mindanao"], ["Jeju"], ["Tasmania"], ["Punjab"], ["Kerala"], ["Bavaria"], ["Catalonia"],
  ["Basque Country"], ["Lombardy"], ["Quebec"], ["Ontario"], ["British Columbia"], ["Alberta"],
  // Nations of the United Kingdom.
  ["England"], ["Scotland"], ["Wales"], ["Northern Ireland"],
  // States of Australia.
  ["New South Wales"], ["Victoria"], ["Queensland"], ["South Australia"], ["Western Australia"],
  ["Northern Territory"],
  // States of the United States.
  ["Alabama"], ["Alaska"], ["Arizona"], ["Arkansas"], ["California"], ["Colorado"], ["Connecticut"],
  ["Delaware"], ["Florida"], ["Idaho"], ["Illinois"], ["Indiana"], ["Iowa"], ["Kansas"],
  ["Kentucky"], ["Louisiana"], ["Maine"], ["Maryland"], ["Massachusetts"], ["Michigan"],
  ["Minnesota"], ["Mississippi"], ["Missouri"], ["Montana"], ["Nebraska"], ["Nevada"],
  ["New Hampshire"], ["New Jersey"], ["New Mexico"], ["North Carolina"], ["North Dakota"], ["Ohio"],
  ["Oklahoma"], ["Oregon"], ["Pennsylvania"], ["Rhode Island"], ["South Carolina"],
  ["South Dakota"], ["Tennessee"], ["Texas"], ["Utah"], ["Vermont"], ["Virginia"],
  ["West Virginia"], ["Wisconsin"], ["Wyoming"],
];
