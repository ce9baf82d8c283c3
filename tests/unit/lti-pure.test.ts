import { describe, expect, it } from "vitest";
import { contextRole } from "@/lib/lti/claims";
import { ltiFrameAncestors, withFrameAncestors } from "@/lib/lti/frame-ancestors";
import { ltiErrorPage } from "@/lib/lti/error-page";

const M = "http://purl.imsglobal.org/vocab/lis/v2/membership";

describe("LTI context roles", () => {
  it("maps teaching roles to instructor, Learner to learner, and ignores institution roles", () => {
    expect(contextRole([`${M}#Instructor`])).toBe("instructor");
    expect(contextRole([`${M}/Instructor#TeachingAssistant`])).toBe("instructor");
    expect(contextRole(["TeachingAssistant"])).toBe("instructor");
    expect(contextRole([`${M}#Learner`, `${M}#Mentor`])).toBe("instructor");
    expect(contextRole([`${M}#Learner`])).toBe("learner");
    expect(contextRole(["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty"])).toBe("none");
    expect(contextRole(["http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"])).toBe("none");
    expect(contextRole([42, null])).toBe("none");
  });
});

describe("LTI framing", () => {
  it("lets the configured LMS origins frame every page but the admin pages", () => {
    const set = "https://moodle.example.edu/ https://school.instructure.com junk";
    expect(ltiFrameAncestors("/study", set)).toBe(
      "frame-ancestors 'self' https://moodle.example.edu https://school.instructure.com",
    );
    expect(ltiFrameAncestors("/admin/lti", set)).toBeNull();
    expect(ltiFrameAncestors("/study", undefined)).toBeNull();
    expect(withFrameAncestors("object-src 'none'; frame-ancestors 'none'", "frame-ancestors 'self'")).toBe(
      "object-src 'none'; frame-ancestors 'self'",
    );
  });

  it("escapes what it prints on the error page", () => {
    expect(ltiErrorPage("<script>x</script>", "a&b")).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(ltiErrorPage("m", "a&b")).toContain("a&amp;b");
  });
});
