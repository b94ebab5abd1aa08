export function parseImage(image) {
    const at = image.indexOf('@');
    const digest = at === -1 ? undefined : image.slice(at + 1);
    const name = at === -1 ? image : image.slice(0, at);
    // A tag can only follow the last slash: in `localhost:5000/app` the colon belongs to the registry port.
    const lastSlash = name.lastIndexOf('/');
    const colon = name.indexOf(':', lastSlash + 1);
    const tag = colon === -1 ? undefined : name.slice(colon + 1);
    const path = colon === -1 ? name : name.slice(0, colon);
    const firstSlash = path.indexOf('/');
    const first = firstSlash === -1 ? '' : path.slice(0, firstSlash);
    // The first component is a registry host when it looks like one (a dot, a port, or localhost).
    const hasRegistry = firstSlash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    return {
        registry: hasRegistry ? first : undefined,
        repository: hasRegistry ? path.slice(firstSlash + 1) : path,
        tag,
        digest,
    };
}
