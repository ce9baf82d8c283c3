import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AttemptRunner } from "@/components/quiz/attempt-runner";
import { getAttemptView } from "@/lib/server/quiz-attempt-view";
import { requireActor } from "@/lib/server/session";
import { orNotFound } from "@/lib/server/page";
import "katex/dist/katex.min.css";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const actor = await requireActor(`/quizzes/attempt/${attemptId}`);
  const view = await orNotFound(getAttemptView(actor, attemptId));
  // Submitted, or closed at its deadline just now: the result page says which.
  if (view.status === "submitted") redirect(`/quizzes/attempt/${attemptId}/result`);
  return <AttemptRunner key={view.attempt.id} view={view} />;
}
