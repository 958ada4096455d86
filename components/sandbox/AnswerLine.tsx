import { statusLine, type Answer } from '@/lib/sandbox-client/answer';
import ui from './ui.module.css';

/** One answer: the request, its status and codes, and the server's message. */
export function AnswerLine({ answer, extra }: { answer: Answer; extra?: React.ReactNode }) {
  return (
    <p className={ui.answer} data-ok={answer.ok} data-answer={answer.code ?? answer.status}>
      <span className={answer.ok ? ui.ok : ui.bad}>
        <span aria-hidden="true">{answer.ok ? '✓' : '✗'}</span> {answer.request} → {statusLine(answer)}
      </span>
      <br />
      {answer.message}
      {extra}
    </p>
  );
}
