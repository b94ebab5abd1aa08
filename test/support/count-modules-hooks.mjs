// The load hook of count-modules.mjs: reports each module loaded, built-ins left out.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.startsWith('node:')) port.postMessage(url);
  return result;
}
