import type { Client, Transaction } from "@libsql/client";

type Acquire = () => Promise<() => void>;

/**
 * Serializes a libsql client's work inside one process.
 *
 * libsql's local calls are synchronous: a statement waiting for SQLite's write lock
 * blocks the event loop for up to the busy timeout. If another async transaction of the
 * same process holds that lock, it can never reach its COMMIT, and both fail with
 * SQLITE_BUSY after the timeout. So statements and whole transactions of one process
 * take turns on an async queue; the busy timeout is left to arbitrate between processes
 * (a seed script beside the server, say). Costs nothing: the calls were synchronous anyway.
 */
export function serializeClient(client: Client, waitLimitMs = 30_000): Client {
  const acquire = turnQueue(waitLimitMs);

  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const release = await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  const openTransaction = (...args: Parameters<Client["transaction"]>) => transaction(client, acquire, args);

  return new Proxy(client, {
    get(target, property, receiver) {
      switch (property) {
        case "execute":
        case "batch":
        case "migrate":
        case "executeMultiple":
          return (...args: unknown[]) => exclusive(() => (target[property] as (...a: unknown[]) => Promise<unknown>).apply(target, args));
        case "transaction":
          return openTransaction;
        default:
          return bound(target, property, receiver);
      }
    },
  });
}

/**
 * An async queue of turns: `acquire` resolves to a release function once every earlier
 * holder has released. A wait past the limit almost always means a query inside a
 * transaction used the database instead of the transaction handle, which would otherwise
 * hang for ever.
 */
function turnQueue(waitLimitMs: number): Acquire {
  let tail: Promise<void> = Promise.resolve();
  return function acquire() {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = tail.then(() => release);
    tail = tail.then(() => held);
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(new Error("Waited too long for SQLite: is a query inside a transaction using the database instead of the transaction?"));
      }, waitLimitMs);
      timer.unref();
      void turn.then((releaseTurn) => {
        clearTimeout(timer);
        // A waiter that gave up still gets its turn; it passes it straight on.
        if (timedOut) releaseTurn();
        else resolve(releaseTurn);
      });
    });
  };
}

/** A transaction that holds a turn from its start until it commits, rolls back or closes. */
async function transaction(client: Client, acquire: Acquire, args: Parameters<Client["transaction"]>): Promise<Transaction> {
  const release = await acquire();
  let tx: Transaction;
  try {
    tx = await client.transaction(...args);
  } catch (error) {
    release();
    throw error;
  }
  return releasingOnEnd(tx, release);
}

/** Wraps a transaction so that its end (commit, rollback or close, whichever comes first) releases the turn once. */
function releasingOnEnd(tx: Transaction, release: () => void): Transaction {
  let released = false;
  const finish = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "commit" || property === "rollback") {
        return async () => {
          try {
            await target[property]();
          } finally {
            finish();
          }
        };
      }
      if (property === "close") {
        return () => {
          try {
            target.close();
          } finally {
            finish();
          }
        };
      }
      return bound(target, property, receiver);
    },
  });
}

/** A property of a proxied object as the object itself would give it: methods stay bound to it. */
function bound(target: object, property: string | symbol, receiver: unknown): unknown {
  const value: unknown = Reflect.get(target, property, receiver);
  return typeof value === "function" ? value.bind(target) : value;
}
