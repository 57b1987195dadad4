// Capitalised words that are never a name on their own: calendar words, pronouns, and words that start sentences.

export const WEEKDAYS: readonly string[] = [
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
];

/** Month names; "May", "June", "April" and "August" are also given names, so they are checked in context. */
export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December", "Jan", "Jan.", "Feb", "Feb.", "Mar", "Mar.", "Apr", "Apr.",
  "Jun", "Jun.", "Jul", "Jul.", "Aug", "Aug.", "Sept", "Sept.", "Sep", "Sep.", "Oct", "Oct.", "Nov",
  "Nov.", "Dec", "Dec.",
];

/** Words that are capitalised for other reasons and are not names by themselves. */
export const NOT_NAMES: readonly string[] = [
  "I", "I'm", "I've", "I'd", "I'll", "A", "An", "The", "This", "That", "These", "Those", "It", "Its",
  "He", "She", "We", "They", "You", "His", "Her", "Our", "Their", "My", "Your", "But", "And", "Or",
  "If", "When", "While", "After", "Before", "As", "At", "In", "On", "Of", "For", "With", "By", "To",
  "From", "Today", "Tomorrow", "Yesterday", "Christmas", "Easter",
  "Ramadan", "Eid", "Diwali", "Hanukkah", "Thanksgiving", "New Year", "God", "Internet", "Web",
  "Constitution", "Government", "Cabinet", "State", "Province",
  "COVID", "COVID-19", "Covid", "Covid-19", "GDP", "CEO", "AI", "TV", "OK",
  "Celsius", "Fahrenheit", "Islamic", "Muslim", "Muslims", "Christian", "Christians", "Jewish",
  "Catholic", "Buddhist", "Hindu", "English", "Arabic", "Mandarin", "Democrat", "Democrats",
  "Republican", "Republicans", "Big", "Tech", "Olympics", "Olympic", "Games", "Cup",
  "Prize", "Award", "Act", "Bill", "Treaty", "Agreement", "Accord", "Protocol", "War", "World",
  "Summit", "Conference", "Forum", "Day", "Week", "Year", "Mark", "Will",
];
