/** GET with a chosen Host header (fetch does not let one set it). */
export async function getWithHost(url: string, host: string): Promise<string> {
	const { request } = await import('node:http');
	const target = new URL(url);
	return new Promise<string>((resolve, reject) => {
		const req = request(
			{ host: target.hostname, port: target.port, path: target.pathname + target.search, headers: { Host: host } },
			(res) => {
				let text = '';
				res
					.setEncoding('utf8')
					.on('data', (c: string) => (text += c))
					.on('end', () => resolve(text));
			}
		);
		req.on('error', reject).end();
	});
}
