import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/enrich/entities/index.ts";
import type { Entity } from "../../../src/enrich/entities/index.ts";

/** Entities of a body with no headline, as "type:name×mentions" for short, exact assertions. */
const found = (text: string, title = ""): string[] =>
  extractEntities(title, text).map((e: Entity) => `${e.type}:${e.name}×${e.mentions}`);

describe("titles and roles are stripped from names", () => {
  it("keeps the person after a title", () => {
    expect(found("Defense Minister Nobuo Kishi arrived in the morning.")).toEqual(["person:Nobuo Kishi×1"]);
    expect(found("They met Foreign Minister Yoshimasa Hayashi at noon.")).toEqual(["person:Yoshimasa Hayashi×1"]);
    expect(found("Chancellor of the Exchequer Rachel Reeves spoke first.")).toEqual(["person:Rachel Reeves×1"]);
  });

  it("keeps the country before a title as a place, and never the fragment after 'of'", () => {
    expect(found("He met U.S. Secretary of State Antony Blinken in the evening.")).toEqual(["person:Antony Blinken×1", "place:United States×1"]);
    expect(found("The ministers met President of Ukraine Volodymyr Zelenskyy later.")).toEqual(["place:Ukraine×1", "person:Volodymyr Zelenskyy×1"]);
  });

  it("keeps the organisation before a title", () => {
    expect(found("Analysts listened to Bank of Japan Governor Kazuo Ueda.")).toEqual(["organization:Bank of Japan×1", "person:Kazuo Ueda×1"]);
    expect(found("Investors cheered after Zorbex CEO Maria Lund spoke.")).toEqual(["person:Maria Lund×1", "organization:Zorbex×1"]);
  });

  it("drops a title that stands alone", () => {
    expect(found("The Defense Minister said on Monday that the Prime Minister agreed.")).toEqual([]);
  });

  it("strips titles of several words and lets a name be followed by its city", () => {
    expect(found("Chief Cabinet Secretary Hirokazu Matsuno spoke.")).toEqual(["person:Hirokazu Matsuno×1"]);
    expect(found("Later, Mayor Eric Adams of New York City said so.")).toEqual(["person:Eric Adams×1", "place:New York×1"]);
    expect(found("Labour Minister Jane Smith and Treasury Secretary Janet Yellen met.")).toEqual(["person:Jane Smith×1", "person:Janet Yellen×1"]);
  });

  it("leaves names that end in or contain a title word alone", () => {
    expect(found("The novelist Stephen King signed books.")).toEqual(["person:Stephen King×1"]);
    expect(found("The Justice Department sent the National Guard.")).toEqual(["organization:Justice Department×1", "organization:National Guard×1"]);
    expect(found("Prime Minister Theresa May resigned.")).toEqual(["person:Theresa May×1"]);
    expect(found("Major League Baseball said so.").filter((entity) => entity.startsWith("person"))).toEqual([]);
  });
});

describe("mentions of one entity are merged within an article", () => {
  it("counts a surname after the full name as the same person, not as a place", () => {
    expect(found("Lloyd Austin flew in. Austin met Nobuo Kishi, and Mr. Kishi thanked Austin.")).toEqual(["person:Lloyd Austin×3", "person:Nobuo Kishi×2"]);
  });

  it("counts 'Mr Smith' and a later 'Smith' as one person when no full name is given", () => {
    expect(found("Mr Smith denied the charge. Smith said he was at home.")).toEqual(["person:Smith×2"]);
  });

  it("takes a surname alone for a person where the words around it say so", () => {
    expect(found("“We will win,” said Smith, a lawyer for the family. Smith left.")).toEqual(["person:Smith×2"]);
    expect(found("Smith said no. Later John Smith said yes.")).toEqual(["person:John Smith×2"]);
  });

  it("gives a shared surname to the person named most recently before it", () => {
    expect(found("Ines Tanaka spoke first. Later Elena Tanaka spoke. Tanaka said it was over.")).toEqual(["person:Elena Tanaka×2", "person:Ines Tanaka×1"]);
  });

  it("counts a name whose surname recurs alone as a person", () => {
    expect(found("The club hired Pep Guardiola in 2016. Guardiola won the league twice.")).toEqual(["person:Pep Guardiola×2"]);
  });

  it("counts U.S., US, USA, America and the United States as one place", () => {
    expect(found("The U.S. and the US Army said the United States, America and the USA agree.")).toEqual(expect.arrayContaining(["place:United States×4"]));
    expect(found("Britain and the UK are the United Kingdom.")).toEqual(["place:United Kingdom×3"]);
  });

  it("counts an acronym as the organisation it stands for", () => {
    expect(found("The Office for Budget Responsibility (OBR) published its forecast. The OBR was gloomy.")).toEqual(["organization:Office for Budget Responsibility×2"]);
    expect(found("The Northern Grid Authority warned of cuts. The NGA said demand was high.")).toEqual(["organization:Northern Grid Authority×2"]);
    expect(found("The Fed met as the Federal Reserve always does.")).toEqual(["organization:Federal Reserve×2"]);
  });

  it("counts a possessive as the name it belongs to", () => {
    expect(found("Russia's army and Russia’s navy moved while Kyiv's mayor watched.")).toEqual(["place:Russia×2", "place:Kyiv×1"]);
  });

  it("counts a possessive before punctuation too, whatever was read before", () => {
    expect(found("The plan was Japan's, not China's; it was never Britain's.")).toEqual(["place:China×1", "place:Japan×1", "place:United Kingdom×1"]);
    expect(found("Japan's plan")).toEqual(["place:Japan×1"]);
  });

  it("counts an organisation named without its country as the same one", () => {
    expect(found("The U.S. Justice Department sued. The Justice Department won.")).toEqual(["organization:U.S. Justice Department×2"]);
  });

  it("counts a demonym only towards a place the article names", () => {
    expect(found("Japanese officials met in Tokyo.")).toEqual(["place:Tokyo×1"]);
    expect(found("Japanese officials said Japan would act.")).toEqual(["place:Japan×2"]);
  });
});

describe("what is never an entity", () => {
  it("skips weekdays, months and ordinary words that start a sentence", () => {
    expect(found("Critics said on Thursday that the plan, due in May, would fail. Officials in January agreed.")).toEqual([]);
  });

  it("skips laws and treaties with the names inside them", () => {
    expect(found("The court struck down Senate Bill 4 and upheld the Paris Agreement.")).toEqual([]);
  });

  it("skips a common word before a name at the start of a sentence", () => {
    expect(found("Top Pentagon officials disagreed.")).toEqual(["organization:Pentagon×1"]);
  });

  it("tells a country from a given name", () => {
    expect(found("Jordan Henderson flew to Jordan.")).toEqual(["place:Jordan×1", "person:Jordan Henderson×1"]);
  });
});

describe("organisations and places by their words and context", () => {
  it("keeps a possessive inside a name, not between two names", () => {
    expect(found("Bolsonaro's Liberal Party and the Workers' Party clashed.")).toEqual(["organization:Liberal Party×1", "organization:Workers' Party×1"]);
  });

  it("reads 'the Amazon' as the river and 'Amazon' as the company", () => {
    expect(found("Fires spread across the Amazon. Amazon said it would help.")).toEqual(["organization:Amazon×1", "place:Amazon×1"]);
  });

  it("finds unknown places and companies from the nouns around them", () => {
    expect(found("The plant is in Decatur. Chipmaker Zentrix said the port city of Varnhold would benefit.")).toEqual(["place:Decatur×1", "place:Varnhold×1", "organization:Zentrix×1"]);
    expect(found("He won the Nobel Prize in Physics.")).toEqual([]);
  });

  it("reads only known names in text written in capitals, datelines included", () => {
    expect(found("IN BRIEF: PM KISHIDA MEETS BIDEN IN TOKYO")).toEqual(["place:Tokyo×1"]);
    expect(found("LONDON (Reuters) - Britain's economy grew.")).toEqual(["place:London×1", "organization:Reuters×1", "place:United Kingdom×1"]);
  });
});

describe("names are read as written", () => {
  it("keeps letters the tokenizer splits, and keys them in ASCII", () => {
    const [erdogan] = extractEntities("", "President Recep Tayyip Erdoğan spoke.");
    expect(erdogan).toEqual({ type: "person", name: "Recep Tayyip Erdoğan", key: "recep-tayyip-erdogan", mentions: 1 });
  });

  it("knows a listed name written with or without its accents", () => {
    // Zurich is listed without its umlaut, São Paulo with its tilde, Zoe and Chloe as given names without theirs.
    expect(found("Police in Zürich said the march was peaceful.")).toEqual(["place:Zurich×1"]);
    expect(found("Officials in Sao Paulo agreed.")).toEqual(["place:São Paulo×1"]);
    expect(found("Zoë Kravitz and Chloë Grace Moretz attended.")).toEqual(["person:Chloë Grace Moretz×1", "person:Zoë Kravitz×1"]);
  });

  it("counts both spellings of a name as one entity", () => {
    expect(found("Protesters in Zürich and Zurich marched; Zürich police watched.")).toEqual(["place:Zurich×3"]);
    const [first] = extractEntities("", "Mayor Corinne Müller of Bergdorf spoke. Later Müller said more.");
    expect(first).toMatchObject({ type: "person", name: "Corinne Müller", key: "corinne-muller", mentions: 2 });
  });

  it("splits a shared name over two seas", () => {
    expect(found("Ships patrol the East and South China Seas.")).toEqual(["place:East China Sea×1", "place:South China Sea×1"]);
  });

  it("drops legal forms from company names", () => {
    expect(found("Honda Motor Co. and Nissan Motor Co. are in talks with Acme Widgets Ltd.")).toEqual(["organization:Acme Widgets×1", "organization:Honda Motor×1", "organization:Nissan Motor×1"]);
  });
});

describe("the headline", () => {
  it("adds mentions of names the body or the gazetteer knows", () => {
    expect(found("Kishi met officials in Tokyo. Nobuo Kishi left.", "Kishi to visit U.S. in May")).toEqual(["person:Nobuo Kishi×3", "place:Tokyo×1", "place:United States×1"]);
  });

  it("reads a headline in capitals only for names the body has, and not 'US'", () => {
    expect(found("China and Australia agreed on talks.", "CHINA, AUSTRALIA TELL US THEY AGREE")).toEqual(["place:Australia×2", "place:China×2"]);
  });
});

describe("odd input", () => {
  it("finds nothing in empty text", () => {
    expect(extractEntities("", "")).toEqual([]);
    expect(extractEntities("   ", "\n\n  \n")).toEqual([]);
  });

  it("reads a long line in Title Case in pieces, quickly", () => {
    const line = Array.from({ length: 2000 }, (_, index) => (index % 50 === 0 ? "Tokyo" : "Great Big Story")).join(" ");
    const started = performance.now();
    const entities = extractEntities("", line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(entities.find((entity) => entity.key === "tokyo")?.mentions).toBe(40);
  });
});
