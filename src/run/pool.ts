// A bound on how many module runs happen at once, shared by every runtime.
import { availableParallelism } from 'node:os'

export interface Pool {
  /** Runs `task` once a place is free. */
  run<T>(task: () => Promise<T>): Promise<T>
  readonly size: number
}

export function createPool(size = availableParallelism()): Pool {
  let active = 0
  const waiting: (() => void)[] = []
  return {
    size,
    async run<T>(task: () => Promise<T>): Promise<T> {
      // A finished task hands its place to the next waiting one directly.
      if (active < size) active += 1
      else await new Promise<void>((resolve) => waiting.push(resolve))
      try {
        return await task()
      } finally {
        const next = waiting.shift()
        if (next) next()
        else active -= 1
      }
    }
  }
}
