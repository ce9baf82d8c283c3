import { quizCsvExportRoute } from "@/lib/server/class-export-route";
import { itemAnalysisCsv } from "@/lib/server/item-analysis-csv";

export const GET = quizCsvExportRoute(itemAnalysisCsv);
