// `?raw` icon imports are SVG markup strings. The longer prefix wins over the component
// declaration of `~icons/*` that app.d.ts pulls in.
declare module '~icons/lucide/*?raw' {
	const svg: string;
	export default svg;
}
