import { csvExportRoute } from "@/lib/server/class-export-route";
import { gradebookCsv } from "@/lib/server/class-exports";

export const GET = csvExportRoute(gradebookCsv);
