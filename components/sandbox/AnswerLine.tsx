import { statusLine, type Answer } from '@/lib/sandbox-client/answer';
import { Code } from './Code';
import ui from './ui.module.css';

/** One answer: the request, its status and codes, and the server's message. */
export function AnswerLine({ answer, extra }: { answer: Answer; extra?: React.ReactNode }) {
  const status = answer.status === 0 ? 'not sent' : String(answer.status);
  return (
    <p className={ui.answer} data-ok={answer.ok} data-answer={answer.code ?? answer.status}>
      <span className={answer.ok ? ui.ok : ui.bad}>
        <span aria-hidden="true">{answer.ok ? '✓' : '✗'}</span>
        <span>
          {answer.request} → {answer.ok ? statusLine(answer) : status}
          {!answer.ok && answer.code && answer.code !== 'not_sent' ? (
            <>
              {' '}
              <Code>{answer.code}</Code>
            </>
          ) : null}
          {answer.jose ? (
            <>
              {' '}(<Code>{answer.jose}</Code>)
            </>
          ) : null}
        </span>
      </span>
      <br />
      {answer.message}
      {extra}
    </p>
  );
}
