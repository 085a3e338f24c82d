import { extractEvents } from "./loaders/events/index.js";
import { marked } from "./test/events/helpers.js";
const m = marked("Ana Ruiz will remain in the {United States@USA} for at least two more weeks even after a federal appeals court Thursday refused to order a hearing for the boy.");
console.log(extractEvents(m.doc, m.mentions, m.actors, m.dates));
