import type { MetadataRoute } from "next";

/** /manifest.webmanifest: "Add to Home screen" gives an app that opens on Study, without browser chrome. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/study",
    name: "ParamLab — parameter efficiency, studied and proved",
    short_name: "ParamLab",
    description:
      "Spaced-repetition cards, in-browser proofs and quizzes on parameter efficiency in MLPs. Reviews work offline.",
    start_url: "/study",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#5b4de0",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
