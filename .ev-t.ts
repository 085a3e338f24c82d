import { extractEvents } from "./loaders/events/index.js";
import { marked } from "./test/events/helpers.js";
const S = [
"{Chile} said {Peru} would attack the border posts next week.",
"{Chile} said {Peru} had attacked the border posts.",
"{Chile} denied that it had attacked {Peru}.",
"{Chile} did not attack {Peru} on Monday.",
"Did {Chile} attack {Peru} on Monday?",
"{Chile} may sanction {Peru} if talks fail.",
"{Peru} was attacked by {Chile} on Monday.",
"{Peru} was attacked on Monday.",
"{Chile} and {Bolivia} condemned {Peru} on Monday.",
"{Chile} condemned {Peru} and urged {Bolivia} to withdraw.",
"{Ana Lopez/person} said {Chile} was ready to meet {Peru}.",
"{Chile} threatened to attack {Peru}.",
"Police arrested dozens of protesters in {Chile} on Monday.",
"{Chile} called the strike by {Peru} a crime.",
"Rebels attacked a convoy in {Chile} on Monday.",
"{Chile} rejected claims that it had sanctioned {Peru}.",
"{Chile} accused {Peru} of attacking its embassy.",
"{Chile} helped {Peru} rebuild its ports.",
];
for (const src of S) { const m = marked(src); console.log(src.replace(/[{}]/g,""), "\n   ", JSON.stringify(extractEvents(m.doc, m.mentions, m.actors, m.dates).map(e=>[e.type,e.source,e.target,e.mode,e.negated]))); }
