import { splitSentences } from "../../loaders/text/sentences.js";
import type { Doc } from "../../loaders/types.js";

export const doc = (text: string, published: string | null = "2024-03-06"): Doc => ({
  id: "t",
  text,
  published,
  sentences: splitSentences(text),
});
