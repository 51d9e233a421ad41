package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxHTMLElements bounds the work on one page: a page with more elements
// is refused rather than scored (the extractor's cost grows faster than
// the page).
const maxHTMLElements = 60000

// Page is what ExtractHTML finds in an HTML page.
type Page struct {
	// Text is the article text: paragraphs separated by a blank line,
	// without navigation, adverts, comments and other page furniture.
	// It, Title and Outlet are valid UTF-8 (invalid bytes become U+FFFD).
	Text string
	// Title is the headline: og:title, the JSON-LD headline, or the
	// <title> without its site name.
	Title string
	// Outlet is the site's name: og:site_name, the JSON-LD publisher, or
	// the application-name meta tag; "" when the page does not say.
	Outlet string
	// URL is the page's canonical URL (link rel=canonical, og:url,
	// resolved against the page's URL), else the URL it was read from.
	URL string
	// Published is the publication date, found in this order: JSON-LD
	// datePublished, the article:published_time meta tag (or an
	// itemprop=datePublished), a <time datetime> (inside <article> or
	// <main> first), a /YYYY/MM/DD/ or YYYY-MM-DD date in the URL, then
	// the text of an element whose class or id is "date", "published",
	// "pubdate" or "timestamp" if it is a whole date. The zero time when
	// none is found.
	Published time.Time
	// DateSource names where Published came from: "json-ld", "meta",
	// "time", "url", "class" or "".
	DateSource string
}

// ExtractHTML extracts the article of an HTML page. contentType is the
// HTTP Content-Type, "" for a file: it and the page's meta charset decide
// the character encoding. pageURL (may be "") is where the page was read
// from; it resolves relative links and may hold the date. An error means
// the page has no article text; it never panics.
func ExtractHTML(data []byte, contentType, pageURL string) (*Page, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("html: no article text found (empty page)")
	}
	var doc *html.Node
	err := guard(func() error {
		r, err := charset.NewReader(bytes.NewReader(data), contentType)
		if err != nil {
			return err
		}
		doc, err = html.Parse(r)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	if n := countElements(doc, maxHTMLElements+1); n > maxHTMLElements {
		return nil, fmt.Errorf("html: page has more than %d elements", maxHTMLElements)
	}
	m := readMeta(doc)
	p := &Page{URL: absURL(firstOf(m.canonical, m.meta["og:url"], pageURL), pageURL)}
	p.Outlet = firstOf(m.meta["og:site_name"], m.ld.publisher, m.meta["application-name"])
	p.Title = firstOf(m.meta["og:title"], m.ld.headline)
	if p.Title == "" && p.Outlet != "" {
		p.Title = titleWithout(m.title, p.Outlet)
	}
	p.Published, p.DateSource = m.date(pageURL)

	base, _ := url.Parse(firstOf(pageURL, p.URL))
	removeFurniture(doc)
	ps := readability.NewParser()
	ps.MaxElemsToParse = maxHTMLElements
	var a readability.Article
	err = guard(func() (err error) {
		a, err = ps.ParseAndMutate(doc, base)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	if p.Title == "" {
		p.Title = firstOf(a.Title(), m.title)
	}
	if p.Outlet == "" {
		p.Outlet = firstOf(a.SiteName(), siteOfTitle(m.title, p.Title))
	}
	p.Title = collapseSpace(p.Title)
	p.Outlet = collapseSpace(p.Outlet)
	if a.Node != nil {
		var b strings.Builder
		if guard(func() error { return a.RenderText(&b) }) == nil {
			p.Text = tidyText(b.String(), p.Title)
		}
	}
	if p.Text == "" {
		return nil, errors.New("html: no article text found")
	}
	return p, nil
}

// absURL resolves ref against base when ref is relative and base is
// absolute; otherwise it returns ref.
func absURL(ref, base string) string {
	r, err := url.Parse(ref)
	if err != nil || r.IsAbs() || base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ref
	}
	return b.ResolveReference(r).String()
}

// isWebURL reports whether s is an absolute http(s) URL with a host.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// titleSeparators separate a headline from the site's name in a <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "}

// titleSplits returns the ways of reading title as a headline and a site
// name ("Headline | Site", "Site - Headline"), split at the first or last
// separator.
func titleSplits(title string) (headline, site []string) {
	for _, sep := range titleSeparators {
		for _, i := range []int{strings.Index(title, sep), strings.LastIndex(title, sep)} {
			if i <= 0 {
				continue
			}
			l, r := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if l == "" || r == "" {
				continue
			}
			headline, site = append(headline, l, r), append(site, r, l)
		}
	}
	return headline, site
}

// titleWithout returns the headline of a <title> that names the outlet
// on one side of a separator, "" if it does not.
func titleWithout(title, outlet string) string {
	h, s := titleSplits(collapseSpace(title))
	for i := range h {
		if strings.EqualFold(s[i], outlet) {
			return h[i]
		}
	}
	return ""
}

// siteOfTitle returns the site name of a <title> that has headline on one
// side of a separator, "" if it has not.
func siteOfTitle(title, headline string) string {
	h, s := titleSplits(collapseSpace(title))
	for i := range h {
		if headline != "" && strings.EqualFold(h[i], headline) {
			return s[i]
		}
	}
	return ""
}

// errLibraryPanic marks a panic of a library (HTML or feed parser) that
// guard turned into an error.
var errLibraryPanic = errors.New("parser failed")

// guard runs f, a call into a library, turning a panic into an error
// wrapping errLibraryPanic, so that no input stops a batch.
func guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errLibraryPanic, r)
		}
	}()
	return f()
}

// countElements counts the elements of n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// pageMeta is the metadata of a page, read before its furniture is
// removed.
type pageMeta struct {
	meta      map[string]string // first content of each meta property or name, lower-case key
	ld        ldMeta
	canonical string
	title     string // the <title>
	timeAttr  string // the first <time datetime> in <article> or <main>, else in the page
	dateText  string // the first text of an element classed as a date that parses as one
}

// ldMeta is what the page's JSON-LD says about its article.
type ldMeta struct {
	headline, published, publisher string
}

func readMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}}
	var outerTime string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if _, ok := m.meta[key]; key != "" && !ok {
					m.meta[key] = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = collapseSpace(textOf(n))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					m.ld.merge(parseLD(textOf(n)))
				}
			case atom.Time:
				if d := strings.TrimSpace(attr(n, "datetime")); d != "" {
					if inArticle && m.timeAttr == "" {
						m.timeAttr = d
					} else if outerTime == "" {
						outerTime = d
					}
				}
			case atom.Article, atom.Main:
				inArticle = true
			}
			if m.dateText == "" && hasWord(n, dateWords) {
				if s := collapseSpace(textOf(n)); len(s) <= 40 {
					if _, err := ParseDate(s); err == nil {
						m.dateText = s
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	if m.timeAttr == "" {
		m.timeAttr = outerTime
	}
	return m
}

// date returns the publication date and where it was found.
func (m *pageMeta) date(pageURL string) (time.Time, string) {
	try := func(s string) (time.Time, bool) {
		if s == "" {
			return time.Time{}, false
		}
		t, err := ParseDate(s)
		return t, err == nil
	}
	if t, ok := try(m.ld.published); ok {
		return t, "json-ld"
	}
	for _, k := range []string{"article:published_time", "og:article:published_time", "datepublished"} {
		if t, ok := try(m.meta[k]); ok {
			return t, "meta"
		}
	}
	if t, ok := try(m.timeAttr); ok {
		return t, "time"
	}
	for _, u := range []string{pageURL, m.canonical, m.meta["og:url"]} {
		if t, ok := urlDate(u); ok {
			return t, "url"
		}
	}
	if t, ok := try(m.dateText); ok {
		return t, "class"
	}
	return time.Time{}, ""
}

func (l *ldMeta) merge(o ldMeta) {
	if l.published == "" && o.published != "" {
		// The article's own object is the first one with a date; take
		// its headline and publisher with it.
		*l = ldMeta{headline: firstOf(o.headline, l.headline), published: o.published, publisher: firstOf(o.publisher, l.publisher)}
		return
	}
	l.headline = firstOf(l.headline, o.headline)
	l.publisher = firstOf(l.publisher, o.publisher)
}

// parseLD reads the article fields of one JSON-LD script: an object, an
// array of objects or an object with "@graph". Objects with a
// datePublished win over those without.
func parseLD(s string) ldMeta {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
		return ldMeta{}
	}
	var out ldMeta
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			out.merge(ldMeta{
				headline:  ldString(x["headline"]),
				published: ldString(x["datePublished"]),
				publisher: ldName(x["publisher"]),
			})
		}
	}
	visit(v, 0)
	return out
}

func ldString(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// ldName is the name of a JSON-LD organisation: {"name": ...}, the first
// of an array of them, or a plain string.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		for _, e := range x {
			if s := ldName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// urlDatePattern matches /YYYY/MM/DD/ and YYYY-MM-DD in a URL path.
var urlDatePattern = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])([/-])(0?[1-9]|[12]\d|3[01])(?:$|[/_.-])`)

// urlDate finds a date in the path of a URL.
func urlDate(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	path := s
	if u, err := url.Parse(s); err == nil {
		path = u.Path
	}
	m := urlDatePattern.FindStringSubmatch(path)
	if m == nil || m[2] != m[4] {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-1-2", m[1]+"-"+m[3]+"-"+m[5])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// furnitureTags are elements that hold no article text.
var furnitureTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Iframe: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Template: true, atom.Figcaption: true,
}

// furnitureWords are class and id words of page furniture: an element
// with one of them as a word of its class or id (split at spaces, '-'
// and '_') is removed with its content. Words that article containers
// also use ("content", "main", "story", "body") are not here.
var furnitureWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "advertisement": true, "adslot": true, "sponsor": true, "sponsors": true,
	"promo": true, "newsletter": true, "subscribe": true, "subscription": true, "paywall": true,
	"share": true, "sharing": true, "social": true,
	"comment": true, "comments": true, "discussion": true, "disqus": true, "respond": true, "replies": true,
	"related": true, "recommended": true, "trending": true, "popular": true, "most": true,
	"sidebar": true, "widget": true, "cookie": true, "cookies": true, "consent": true,
	"breadcrumb": true, "breadcrumbs": true, "tags": true, "menu": true, "navbar": true, "footer": true,
	"byline": true, "author": true, "meta": true, "date": true, "timestamp": true,
	"caption": true, "embed": true, "copyright": true,
}

// removeFurniture deletes navigation, adverts, comments and other
// furniture from the page before the article is looked for.
func removeFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isFurniture(c) {
			n.RemoveChild(c)
		} else {
			removeFurniture(c)
		}
		c = next
	}
}

func isFurniture(n *html.Node) bool {
	if furnitureTags[n.DataAtom] {
		return true
	}
	if linkBlocks[n.DataAtom] && isLinkList(n) {
		return true
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return false
	}
	if strings.EqualFold(attr(n, "role"), "navigation") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	return hasWord(n, furnitureWords)
}

// dateWords are class and id words of an element that holds the date.
var dateWords = map[string]bool{"date": true, "published": true, "pubdate": true, "timestamp": true}

// hasWord reports whether a word of n's class or id (split at spaces,
// '-' and '_') is in words.
func hasWord(n *html.Node, words map[string]bool) bool {
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
		}) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// linkBlocks are the elements that isLinkList looks at.
var linkBlocks = map[atom.Atom]bool{
	atom.Ul: true, atom.Ol: true, atom.Div: true, atom.Section: true, atom.Td: true, atom.Table: true,
}

// isLinkList reports whether n is a list of links (more navigation,
// "read more" lists): at least half its text is link text and no run of
// text outside links is as long as a sentence (80 characters).
func isLinkList(n *html.Node) bool {
	const sentence = 80
	link, total, longest := 0, 0, 0
	run := 0
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		switch {
		case n.Type == html.TextNode:
			k := len(strings.TrimSpace(n.Data))
			total += k
			if inLink {
				link += k
			} else {
				run += k
				longest = max(longest, run)
			}
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.A:
			inLink = true
		case n.Type == html.ElementNode && (blockTags[n.DataAtom] || n.DataAtom == atom.Br || n.DataAtom == atom.Td):
			run = 0
		}
		for c := n.FirstChild; c != nil && longest < sentence; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return total > 0 && longest < sentence && 2*link >= total
}

// tidyText trims each line, keeps one blank line between paragraphs and
// drops lines that only repeat the title.
func tidyText(s, title string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = collapseSpace(line)
		if line == "" {
			flush()
			continue
		}
		if title != "" && strings.EqualFold(line, title) {
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// collapseSpace trims s, turns each run of white space (including
// no-break spaces) into one space and replaces invalid UTF-8 with U+FFFD.
func collapseSpace(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// blockTags are elements that end a paragraph in fragmentText.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Blockquote: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Table: true, atom.Tr: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Header: true, atom.Footer: true, atom.Hr: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true,
}

// fragmentText is the text of an HTML fragment (a feed item's content or
// description): block elements and line breaks separate paragraphs,
// scripts and styles are dropped, entities are decoded. Text that is not
// HTML comes back with its white space tidied.
func fragmentText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return tidyText(s, "")
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe:
				return
			case atom.Br:
				b.WriteString("\n\n")
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return tidyText(b.String(), "")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf is the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
