import { csvExportRoute } from "@/lib/server/class-export-route";
import { progressCsv } from "@/lib/server/class-exports";

export const GET = csvExportRoute(progressCsv);
