import { parentPort } from 'node:worker_threads'
import { readAndParse, type ReadJob } from './read-and-parse'

// The import worker's entry: one file at a time, in order, answered by id.

parentPort?.on('message', (message: { id: number; job: ReadJob }) => {
  void readAndParse(message.job).then((outcome) =>
    parentPort?.postMessage({ id: message.id, outcome })
  )
})
