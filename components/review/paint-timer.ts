/**
 * Measures what a learner feels: from the grade (the input event's own timestamp) to the
 * frame that shows the next card. Call `startGradeTimer` in the handler and `afterCommit`
 * from a layout effect once the next card is in the DOM: the animation frame runs just
 * before that paint, and a message posted from it is delivered just after. The results are
 * performance.measure entries (read by `npm run bench:review`): "review:grade-to-paint" from
 * the input event, and "review:handler-to-paint" from when the page's own code got the event
 * (the difference is the browser delivering the input).
 */
let start: number | null = null;
let handlerStart = 0;

export function startGradeTimer(eventTimeStamp?: number) {
  handlerStart = performance.now();
  start = eventTimeStamp && eventTimeStamp > 0 && eventTimeStamp <= handlerStart ? eventTimeStamp : handlerStart;
}

export function afterCommit() {
  if (start === null) return;
  const t0 = start;
  const th = handlerStart;
  start = null;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const end = performance.now();
      performance.measure("review:grade-to-paint", { start: t0, end });
      performance.measure("review:handler-to-paint", { start: th, end });
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
