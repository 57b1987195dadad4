// English words that never make a topic: function words (after Snowball's English list), and the
// words of news reporting itself (said, percent, Monday, officials), which every story has.

const FUNCTION_WORDS = `a about above after again against all am an and any are as at be because been before being
below between both but by can cannot could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself let me more most my myself no nor
not of off on once only or other ought our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves
also although among another anyone anything around away back else ever every everyone everything however just
least less like likely many may might much must near neither never next now often per perhaps quite rather really
since still though thus together toward towards upon us via well whether within without yet
e.g. i.e. a.m. p.m. etc mr mrs ms dr st`;

const NEWS_WORDS = `say says said saying tell tells told telling according add adds added ask asks asked report
reports reported reporter reporters statement statements spokesman spokeswoman spokesperson official officials
percent cent million millions billion billions trillion thousand thousands hundred hundreds dozen dozens
one two three four five six seven eight nine ten first second third last new old
year years month months week weeks day days today yesterday tomorrow time times ago early earlier late later recent
recently morning afternoon evening night weekend
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
people thing things way ways lot part including include includes made make makes get got go going went come came
take took given give want wanted know known think see seen look use used need needed expected expect show shows showed
set put mean means meant shall`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${NEWS_WORDS}`.split(/\s+/));

/** Contractions are function words whatever their stem: "didn't", "we're", "they've", "we'll", "I'd", "I'm". */
const CONTRACTION = /(?:n't|'re|'ve|'ll|'d|'m)$/;

export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower) || CONTRACTION.test(lower);
}
