import { EditorSelection, type ChangeSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/**
 * Formatting commands on the Markdown source. They write plain Markdown, which stays readable
 * as it is; each one toggles (applied twice, the text is as before).
 */

/** Wraps each selection in `mark` (`**` bold, `*` italic), or unwraps it when already wrapped. */
export function toggleWrap(mark: string) {
  return (view: EditorView): boolean => {
    const { state } = view;
    view.dispatch(
      state.changeByRange((range) => {
        const before = state.sliceDoc(range.from - mark.length, range.from);
        const after = state.sliceDoc(range.to, range.to + mark.length);
        if (before === mark && after === mark) {
          return {
            changes: [
              { from: range.from - mark.length, to: range.from },
              { from: range.to, to: range.to + mark.length },
            ],
            range: EditorSelection.range(range.from - mark.length, range.to - mark.length),
          };
        }
        return {
          changes: [
            { from: range.from, insert: mark },
            { from: range.to, insert: mark },
          ],
          range: EditorSelection.range(range.from + mark.length, range.to + mark.length),
        };
      }),
      { scrollIntoView: true, userEvent: 'input.format' },
    );
    return true;
  };
}

/** Line starts the toolbar writes; one replaces another (a bullet becomes a checkbox). */
const LINE_MARK = /^(#{1,6} |> |- \[[ xX]\] |[-*+] |\d+[.)] )/;

type LineKind = 'heading' | 'bullet' | 'number' | 'check' | 'quote';

function prefixFor(kind: LineKind, index: number): string {
  switch (kind) {
    case 'heading':
      return '## ';
    case 'bullet':
      return '- ';
    case 'number':
      return `${index + 1}. `;
    case 'check':
      return '- [ ] ';
    case 'quote':
      return '> ';
  }
}

function isKind(kind: LineKind, mark: string): boolean {
  switch (kind) {
    case 'heading':
      return mark.startsWith('#');
    case 'bullet':
      return /^[-*+] $/.test(mark);
    case 'number':
      return /^\d/.test(mark);
    case 'check':
      return mark.startsWith('- [');
    case 'quote':
      return mark === '> ';
  }
}

/**
 * Gives every selected line the mark of `kind`; when all of them already have it, takes it off.
 * Numbered lists are numbered from 1 in the selection.
 */
export function toggleLines(kind: LineKind) {
  return (view: EditorView): boolean => {
    const { state } = view;
    const lines: { from: number; mark: string }[] = [];
    const seen = new Set<number>();
    for (const range of state.selection.ranges) {
      for (let n = state.doc.lineAt(range.from).number; n <= state.doc.lineAt(range.to).number; n++) {
        if (seen.has(n)) continue;
        seen.add(n);
        const line = state.doc.line(n);
        lines.push({ from: line.from, mark: LINE_MARK.exec(line.text)?.[0] ?? '' });
      }
    }
    const remove = lines.every((line) => isKind(kind, line.mark));
    const specs: ChangeSpec[] = lines.map((line, index) => ({
      from: line.from,
      to: line.from + line.mark.length,
      insert: remove ? '' : prefixFor(kind, index),
    }));
    const changes = state.changes(specs);
    // A cursor at the start of a line moves past the new mark, ready to type the item.
    view.dispatch({
      changes,
      selection: state.selection.map(changes, 1),
      scrollIntoView: true,
      userEvent: 'input.format',
    });
    return true;
  };
}
