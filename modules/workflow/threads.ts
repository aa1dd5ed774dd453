/**
 * Review comments as threads: a first comment, optionally anchored to a question-and-answer
 * block, with its replies in the order they came. Threads with the latest activity come
 * first, so a new reply brings its conversation back to the top.
 */
export type CommentLike = { id: string; parentId: string | null; anchorBlockId: string | null; createdAt: Date };
export type Thread<C extends CommentLike> = { root: C; replies: C[] };

export function threadsOf<C extends CommentLike>(comments: C[]): Thread<C>[] {
  const threads = new Map<string, Thread<C>>();
  const byTime = [...comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const comment of byTime) {
    if (!comment.parentId) threads.set(comment.id, { root: comment, replies: [] });
  }
  for (const comment of byTime) {
    if (!comment.parentId) continue;
    const thread = threads.get(comment.parentId);
    // A reply whose first comment is gone (deleting cascades, but data outlives code) stands alone.
    if (thread) thread.replies.push(comment);
    else threads.set(comment.id, { root: comment, replies: [] });
  }
  const lastActivity = (thread: Thread<C>) => (thread.replies.at(-1) ?? thread.root).createdAt.getTime();
  return [...threads.values()].sort((a, b) => lastActivity(b) - lastActivity(a));
}
