import { parseArgs } from 'node:util'
import { startBrowserHost } from './browser-host'
import { defaultDataDir } from './data-dir'
import { openInBrowser } from './open-browser'

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' }
    }
  })
  const dataDir = values['data-dir'] ?? defaultDataDir()
  const host = await startBrowserHost({ dataDir, port: values.port ? Number(values.port) : 0 })
  console.log(`建议提案答复助手（浏览器模式）已启动：${host.appUrl}`)
  console.log(`数据文件夹：${dataDir}`)
  if (!values['no-open']) console.log(openInBrowser(host.appUrl, dataDir))
  console.log('按 Ctrl+C 退出。')
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error(`启动失败：${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
