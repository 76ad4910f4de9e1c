import {
  defaultKeymap,
  history,
  historyKeymap,
  redo,
  redoDepth,
  undo,
  undoDepth,
} from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, type Command } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import {
  Bold,
  Heading2,
  Italic,
  List,
  ListChecks,
  ListOrdered,
  Redo2,
  TextQuote,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODIFIER_LABEL } from '../../lib/shortcuts';
import { toggleLines, toggleWrap } from './markdownCommands';

/** What the composer can ask of the editor. */
export interface EditorHandle {
  focus(): void;
  /** Inserts text at the cursor (an image reference), on a line of its own. */
  insertBlock(text: string): void;
}

export interface MarkdownEditorProps {
  /** The id of the editable element (the composer focuses it by id). */
  id: string;
  /** The id of the visible label: the editable area's accessible name. */
  labelId: string;
  value: string;
  onChange: (text: string) => void;
  /** Ctrl/⌘+Enter. */
  onSubmit: () => void;
  /** Image files pasted or dropped. */
  onFiles: (files: File[]) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
  autoFocus?: boolean;
  /** Receives the editor's handle once it is on the page, and null when it leaves. */
  onReady?: (handle: EditorHandle | null) => void;
}

interface Tool {
  key: 'heading' | 'bold' | 'italic' | 'bullets' | 'numbers' | 'checklist' | 'quote';
  icon: LucideIcon;
  /** The CodeMirror key binding and what a person presses (aria-keyshortcuts). */
  binding: string;
  keys: string;
  run: Command;
}

const TOOLS: readonly Tool[] = [
  { key: 'heading', icon: Heading2, binding: 'Mod-Shift-1', keys: 'Shift+1', run: toggleLines('heading') },
  { key: 'bold', icon: Bold, binding: 'Mod-b', keys: 'B', run: toggleWrap('**') },
  { key: 'italic', icon: Italic, binding: 'Mod-i', keys: 'I', run: toggleWrap('*') },
  { key: 'bullets', icon: List, binding: 'Mod-Shift-8', keys: 'Shift+8', run: toggleLines('bullet') },
  { key: 'numbers', icon: ListOrdered, binding: 'Mod-Shift-7', keys: 'Shift+7', run: toggleLines('number') },
  { key: 'checklist', icon: ListChecks, binding: 'Mod-Shift-9', keys: 'Shift+9', run: toggleLines('check') },
  { key: 'quote', icon: TextQuote, binding: 'Mod-Shift-.', keys: 'Shift+.', run: toggleLines('quote') },
];

/*
 * CodeMirror's own themes inject <style> elements, which the app's Content Security Policy
 * (style-src 'self') refuses. So the editor's look lives in editor.css, a plain stylesheet: its
 * base layout, and the Markdown colours from the design tokens through classHighlighter's
 * stable `tok-*` classes.
 */

/** Image files in a paste or a drop (any file: the composer says which ones it cannot take). */
function filesOf(data: DataTransfer | null): File[] {
  return data ? Array.from(data.files) : [];
}

/**
 * The body editor: CodeMirror 6 with Markdown highlighting, line wrapping, undo history and a
 * formatting toolbar. Loaded lazily (the composer shows a plain textarea meanwhile).
 */
export default function MarkdownEditor(props: MarkdownEditorProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const [depth, setDepth] = useState({ undo: 0, redo: 0 });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.value,
        // The cursor after what is there: words typed into the stand-in textarea while the
        // editor loaded are followed, not preceded, by the next ones.
        selection: { anchor: latest.current.value.length },
        extensions: [
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: () => {
                  latest.current.onSubmit();
                  return true;
                },
              },
              ...TOOLS.map((tool) => ({ key: tool.binding, run: tool.run, preventDefault: true })),
            ]),
          ),
          history(),
          keymap.of([...historyKeymap, ...defaultKeymap]),
          markdown({ base: markdownLanguage }),
          syntaxHighlighting(classHighlighter),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            id: latest.current.id,
            'aria-labelledby': latest.current.labelId,
            'aria-multiline': 'true',
            spellcheck: 'true',
          }),
          EditorView.domEventHandlers({
            paste: (event) => {
              const files = filesOf(event.clipboardData);
              if (files.length === 0) return false;
              event.preventDefault();
              latest.current.onFiles(files);
              return true;
            },
            drop: (event, target) => {
              const files = filesOf(event.dataTransfer);
              if (files.length === 0) return false;
              event.preventDefault();
              const at = target.posAtCoords({ x: event.clientX, y: event.clientY });
              if (at !== null) target.dispatch({ selection: { anchor: at } });
              latest.current.onFiles(files);
              return true;
            },
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
            if (update.docChanged || update.transactions.length > 0)
              setDepth({ undo: undoDepth(update.state), redo: redoDepth(update.state) });
          }),
        ],
      }),
    });
    view.current = editor;
    // Focus the text unless the person is typing elsewhere: while the editor loaded, they may
    // have moved to the title, and words typed there must not land in the body. (The stand-in
    // textarea, removed just before this runs, leaves focus on the body element; a button that
    // opened the composer gives it up, as autoFocus would.)
    const active = document.activeElement;
    const typingElsewhere =
      active instanceof HTMLInputElement ||
      active instanceof HTMLTextAreaElement ||
      active instanceof HTMLSelectElement ||
      (active instanceof HTMLElement && active.isContentEditable);
    if (latest.current.autoFocus && !typingElsewhere) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // The composer may replace the text (rarely: never while typing, since it echoes onChange).
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== props.value)
      editor.dispatch({ changes: { from: 0, to: current.length, insert: props.value } });
  }, [props.value]);

  // Errors are announced by the composer; the editable area points at them.
  useEffect(() => {
    const content = view.current?.contentDOM;
    if (!content) return;
    if (props.describedBy) content.setAttribute('aria-describedby', props.describedBy);
    else content.removeAttribute('aria-describedby');
    if (props.invalid) content.setAttribute('aria-invalid', 'true');
    else content.removeAttribute('aria-invalid');
  }, [props.describedBy, props.invalid]);

  // The composer's handle.
  const { onReady } = props;
  useEffect(() => {
    if (!onReady) return;
    const value: EditorHandle = {
      focus: () => view.current?.focus(),
      insertBlock: (text) => {
        const editor = view.current;
        if (!editor) return;
        const { from, to } = editor.state.selection.main;
        const line = editor.state.doc.lineAt(from);
        const before = from === line.from ? '' : '\n';
        const insert = `${before}${text}\n`;
        editor.dispatch({
          changes: { from, to, insert },
          selection: { anchor: from + insert.length },
          scrollIntoView: true,
          userEvent: 'input.paste',
        });
        editor.focus();
      },
    };
    onReady(value);
    return () => onReady(null);
  }, [onReady]);

  function apply(command: Command) {
    const editor = view.current;
    if (!editor) return;
    command(editor);
    editor.focus();
  }

  const tool = (label: string, keys: string, Icon: LucideIcon, command: Command, disabled = false) => {
    const shortcut = `${MODIFIER_LABEL}+${keys}`;
    const named = t('editor.toolbar.withShortcut', { label, shortcut });
    return (
      <button
        key={label}
        type="button"
        className="button ghost editor-tool"
        aria-label={label}
        title={named}
        aria-keyshortcuts={`Control+${keys} Meta+${keys}`}
        disabled={disabled}
        // Keeps the focus (and the selection) in the text while clicking.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => apply(command)}
      >
        <Icon size={16} aria-hidden />
      </button>
    );
  };

  return (
    <div className="markdown-editor">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
        {TOOLS.map((item) => tool(t(`editor.toolbar.${item.key}`), item.keys, item.icon, item.run))}
        <span className="editor-toolbar-gap" aria-hidden />
        {tool(t('editor.toolbar.undo'), 'Z', Undo2, undo, depth.undo === 0)}
        {tool(t('editor.toolbar.redo'), 'Shift+Z', Redo2, redo, depth.redo === 0)}
      </div>
      <div ref={host} className="editor-host" />
    </div>
  );
}
