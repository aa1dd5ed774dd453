import "server-only";
import { and, asc, eq, isNull, max, or } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

export type BankQuestion = ReturnType<typeof tables>["questionBank"]["$inferSelect"];

/** Every question of the bank, general ones first, then by series, in their order. */
export async function listBankQuestions(exec: Executor = defaultExecutor()): Promise<BankQuestion[]> {
  const { questionBank } = tables();
  return exec.select().from(questionBank).orderBy(asc(questionBank.seriesId), asc(questionBank.locale), asc(questionBank.position), asc(questionBank.id));
}

/** What the editor offers an interview: its series' questions and the general ones, in its language. */
export async function bankQuestionsFor(locale: string, seriesId: string | null, exec: Executor = defaultExecutor()): Promise<BankQuestion[]> {
  const { questionBank } = tables();
  const scope = seriesId ? or(isNull(questionBank.seriesId), eq(questionBank.seriesId, seriesId)) : isNull(questionBank.seriesId);
  return exec
    .select()
    .from(questionBank)
    .where(and(eq(questionBank.locale, locale), scope))
    .orderBy(asc(questionBank.seriesId), asc(questionBank.position), asc(questionBank.id));
}

/** Adds a question at the end of its series' list. */
export async function addBankQuestion(
  input: { seriesId: string | null; locale: string; text: string },
  exec: Executor = defaultExecutor(),
): Promise<BankQuestion> {
  const { questionBank } = tables();
  const [last] = await exec
    .select({ position: max(questionBank.position) })
    .from(questionBank)
    .where(input.seriesId ? eq(questionBank.seriesId, input.seriesId) : isNull(questionBank.seriesId));
  const [row] = await exec
    .insert(questionBank)
    .values({ ...input, position: (last?.position ?? 0) + 1 })
    .returning();
  return row!;
}

export async function deleteBankQuestion(id: string, exec: Executor = defaultExecutor()): Promise<boolean> {
  const { questionBank } = tables();
  return (await exec.delete(questionBank).where(eq(questionBank.id, id)).returning({ id: questionBank.id })).length > 0;
}
