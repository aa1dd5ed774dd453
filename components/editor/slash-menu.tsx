"use client";

import { Extension, type Editor, type Range } from "@tiptap/core";
import { ReactRenderer } from "@tiptap/react";
import { Suggestion, type SuggestionKeyDownProps, type SuggestionProps } from "@tiptap/suggestion";
import { forwardRef, useEffect, useImperativeHandle, useState } from "react";
import { findCommands, type BlockCommand, type BlockCommandId, type CommandContext } from "./block-commands";

type MenuProps = SuggestionProps<BlockCommand, BlockCommand> & { label: (id: BlockCommandId) => string; title: string; empty: string };
type MenuHandle = { onKeyDown: (event: KeyboardEvent) => boolean };

/** The list under "/": arrow keys choose, Enter inserts, Escape closes (the suggestion plugin handles that). */
const SlashMenuList = forwardRef<MenuHandle, MenuProps>(function SlashMenuList({ items, command, label, title, empty }, ref) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [items]);
  useImperativeHandle(ref, () => ({
    onKeyDown(event) {
      if (!items.length) return false;
      if (event.key === "ArrowDown") setActive((index) => (index + 1) % items.length);
      else if (event.key === "ArrowUp") setActive((index) => (index + items.length - 1) % items.length);
      else if (event.key === "Enter") command(items[active]!);
      else return false;
      return true;
    },
  }));
  return (
    <div className="slash-menu" role="listbox" aria-label={title}>
      {items.length === 0 ? <p className="slash-menu-empty">{empty}</p> : null}
      {items.map((item, index) => (
        <button
          key={item.id}
          type="button"
          role="option"
          aria-selected={index === active}
          className="slash-menu-item"
          onMouseEnter={() => setActive(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => command(item)}
        >
          {label(item.id)}
        </button>
      ))}
    </div>
  );
});

/** "/" in the text opens the block menu; the chosen block replaces the typed "/query". */
export function slashMenu(options: { label: (id: BlockCommandId) => string; title: string; empty: string; context: () => CommandContext }) {
  return Extension.create({
    name: "slashMenu",
    addProseMirrorPlugins() {
      return [
        Suggestion<BlockCommand, BlockCommand>({
          editor: this.editor,
          char: "/",
          items: ({ query }) => findCommands(query, options.label),
          command: ({ editor, range, props }: { editor: Editor; range: Range; props: BlockCommand }) => {
            editor.chain().focus().deleteRange(range).run();
            props.run(editor, options.context());
          },
          render: () => {
            let menu: ReactRenderer<MenuHandle, MenuProps> | null = null;
            let unmount: (() => void) | undefined;
            return {
              onStart: (props) => {
                menu = new ReactRenderer(SlashMenuList, { props: { ...props, ...options }, editor: props.editor });
                unmount = props.mount(menu.element as HTMLElement);
              },
              onUpdate: (props) => menu?.updateProps({ ...props, ...options }),
              onKeyDown: ({ event }: SuggestionKeyDownProps) => menu?.ref?.onKeyDown(event) ?? false,
              onExit: () => {
                unmount?.();
                menu?.destroy();
                menu = null;
              },
            };
          },
        }),
      ];
    },
  });
}
