import type { Klass, LexicalNode } from 'lexical'
import { HeadingNode } from '@lexical/rich-text'
import { ListItemNode, ListNode } from '@lexical/list'
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table'
import { MarkNode } from '@lexical/mark'

// Changing this list rebuilds every editor instance; keep it static (see STYLE.md habit 12).
export const REPLY_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  MarkNode
]
