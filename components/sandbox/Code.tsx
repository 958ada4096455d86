import { Fragment } from 'react';
import { codeParts } from '@/lib/sandbox-client/words';
import ui from './ui.module.css';

/** An error code that may wrap after an underscore, never mid-word. */
export function Code({ children }: { children: string }) {
  return (
    <code className={ui.errorCode}>
      {codeParts(children).map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
