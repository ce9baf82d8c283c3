/**
 * Measures what a learner feels: from the grade (the input event's own timestamp) to the
 * frame that shows the next card. Call `startGradeTimer` in the handler and `afterCommit`
 * from a layout effect once the next card is in the DOM: the animation frame runs just
 * before that paint, and a message posted from it is delivered just after. The result is a
 * performance.measure entry named "review:grade-to-paint" (read by `npm run bench:review`).
 */
let start: number | null = null;

export function startGradeTimer(eventTimeStamp?: number) {
  start = eventTimeStamp && eventTimeStamp > 0 ? eventTimeStamp : performance.now();
}

export function afterCommit() {
  if (start === null) return;
  const t0 = start;
  start = null;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.measure("review:grade-to-paint", { start: t0, end: performance.now() });
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
