// Child process for the benchmark: extracts a folder on this thread and prints its peak RSS in MB.
import { extractFolder } from "../loaders/pipeline.js";

const { tables } = await extractFolder(process.argv[2]!);
console.log(JSON.stringify({ articles: tables.articles.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
