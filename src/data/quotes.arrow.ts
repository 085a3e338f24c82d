// The `quotes` table of the contract (../shared/CONTRACT.md), extracted from data/articles/.
import { writeTableToStdout } from "../../loaders/tables/loader.js";

await writeTableToStdout("quotes");
