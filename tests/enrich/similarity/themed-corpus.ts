// Nine short articles in three themes (sport, economy, politics), for tests of topics and related stories.

export interface FixtureArticle {
  key: string;
  theme: "sport" | "economy" | "politics";
  title: string;
  text: string;
}

export const THEMED: readonly FixtureArticle[] = [
  {
    key: "sport/cup-final.txt", theme: "sport", title: "United win the cup final after extra time",
    text: "United won the cup final on Saturday after extra time. The striker scored twice in the second half and the goalkeeper saved a penalty. The coach praised the squad after the final whistle. Fans filled the stadium to watch the match, and the league champions lifted the trophy for the third season in a row.",
  },
  {
    key: "sport/transfer.txt", theme: "sport", title: "Striker signs for league champions",
    text: "The league champions signed a striker from a rival club before the new season. The coach said the striker would add goals to the squad. The transfer fee was a club record. The striker scored twenty goals in the league last season and played in the cup final at the same stadium.",
  },
  {
    key: "sport/injury.txt", theme: "sport", title: "Goalkeeper injured before the derby match",
    text: "The first-choice goalkeeper was injured in training and will miss the derby match. The coach said the squad had cover and the reserve goalkeeper would start. The club hopes he returns before the cup final. The league leaders have won every match at their stadium this season, and the striker has scored in each one.",
  },
  {
    key: "economy/rates.txt", theme: "economy", title: "Central bank raises interest rates to fight inflation",
    text: "The central bank raised interest rates for the fourth time this year as inflation climbed. Economists expect prices to keep rising while energy costs stay high. Borrowing costs for mortgages and business loans will go up. The bank said inflation should fall next year, and markets expect rates to stay high while growth slows.",
  },
  {
    key: "economy/prices.txt", theme: "economy", title: "Food prices push inflation to a new high",
    text: "Inflation reached a new high as food prices and energy costs rose again. Economists said households would cut spending and growth would slow. The central bank is expected to raise interest rates again. Markets fell after the figures, and economists warned that prices may keep rising for months.",
  },
  {
    key: "economy/growth.txt", theme: "economy", title: "Growth slows as borrowing costs bite",
    text: "Economic growth slowed as higher interest rates raised borrowing costs for business. Economists said inflation and energy prices weighed on spending. The central bank signalled that rates may peak soon. Markets rallied on hopes that inflation has passed its high, though growth forecasts were cut again.",
  },
  {
    key: "politics/election.txt", theme: "politics", title: "Parliament sets a date for the general election",
    text: "Parliament voted to hold a general election in the spring. The prime minister said voters deserved a choice after the coalition collapsed. Opposition parties welcomed the vote and began their campaign. Polls suggest no party will win a majority in parliament, and another coalition government is likely after the election.",
  },
  {
    key: "politics/coalition.txt", theme: "politics", title: "Coalition talks stall over the budget",
    text: "Coalition talks between the two largest parties stalled over the budget. The prime minister said the parties agreed on most policies but not on spending. Opposition leaders called for an early election. Parliament cannot pass the budget without a coalition majority, and the campaign for the next vote has quietly begun.",
  },
  {
    key: "politics/referendum.txt", theme: "politics", title: "Voters back electoral reform in a referendum",
    text: "Voters backed electoral reform in a referendum, and parliament must now change how the election is run. The prime minister said the coalition would respect the vote. Opposition parties campaigned against the reform. Turnout was high, and the campaign divided parties across parliament before the next general election.",
  },
];
