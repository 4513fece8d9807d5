//! The gazetteer of `data/gazetteer/`: the bodies of the Vietnamese state, each with its
//! canonical Vietnamese name, short forms and English names. Every form becomes an `Agency`
//! entry of the [`super::Lexicon`] (office holders also a person title), and every form
//! maps back to the canonical name ([`super::Lexicon::canonical_body`]).
//!
//! `local_bodies.tsv` holds templates ("Ủy ban nhân dân {tỉnh}") combined here with every
//! row of `provinces.tsv`, so the bodies of each province are not listed one by one.
//! A user folder may hold files with the same names; their rows are added (a form already
//! known then names the user's body).

/// How a gazetteer file's rows are read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum GazForm {
    /// name, short forms, English names, office
    Bodies,
    /// name, kind, other spellings, English names, part of
    Provinces,
    /// like `Bodies`, with the placeholders {tỉnh}, {P}, {ủy}
    LocalBodies,
}

pub(crate) struct GazSpec {
    pub name: &'static str,
    pub builtin: &'static str,
    pub form: GazForm,
}

macro_rules! gaz {
    ($name:literal, $form:expr) => {
        GazSpec { name: $name, builtin: include_str!(concat!("../../../../data/gazetteer/", $name)), form: $form }
    };
}

pub(crate) fn specs() -> Vec<GazSpec> {
    vec![
        gaz!("party.tsv", GazForm::Bodies),
        gaz!("state.tsv", GazForm::Bodies),
        gaz!("ministries.tsv", GazForm::Bodies),
        gaz!("agencies.tsv", GazForm::Bodies),
        gaz!("organisations.tsv", GazForm::Bodies),
        gaz!("departments.tsv", GazForm::Bodies),
        gaz!("provinces.tsv", GazForm::Provinces),
        gaz!("local_bodies.tsv", GazForm::LocalBodies),
    ]
}

/// One body: the name it is given, every way of writing it, and whether it is an office
/// holder (Thủ tướng, Chủ tịch UBND tỉnh…).
#[derive(Debug, Clone)]
pub(crate) struct Body {
    pub canonical: String,
    pub forms: Vec<String>,
    pub office: bool,
}

#[derive(Debug, Clone)]
struct Row {
    name: String,
    short: Vec<String>,
    english: Vec<String>,
    office: bool,
}

#[derive(Debug, Clone)]
struct Province {
    name: String,
    city: bool,
    other: Vec<String>,
    english: Vec<String>,
}

const PLACEHOLDERS: [&str; 3] = ["{tỉnh}", "{P}", "{ủy}"];

/// The rows of every file read so far.
#[derive(Default)]
pub(crate) struct GazBuilder {
    bodies: Vec<Row>,
    templates: Vec<Row>,
    provinces: Vec<Province>,
}

fn forms(cell: Option<&str>) -> Vec<String> {
    cell.map(|c| c.split('|').map(str::trim).filter(|f| !f.is_empty()).map(str::to_string).collect()).unwrap_or_default()
}

/// A form must hold a word once its placeholders are taken out.
fn check_form(f: &str, placeholders_ok: bool) -> Result<(), String> {
    let mut bare = f.to_string();
    for p in PLACEHOLDERS {
        bare = bare.replace(p, if placeholders_ok { "x" } else { p });
    }
    if bare.contains('{') || bare.contains('}') {
        return Err(if placeholders_ok {
            format!("\"{f}\": unknown placeholder (the placeholders are {{tỉnh}}, {{P}} and {{ủy}})")
        } else {
            format!("\"{f}\": placeholders such as {{tỉnh}} belong in local_bodies.tsv")
        });
    }
    if !bare.chars().any(char::is_alphanumeric) {
        return Err(format!("\"{f}\" holds no word"));
    }
    Ok(())
}

impl GazBuilder {
    /// Add one file's text; `Err((line, message))` on a line that cannot be read.
    pub fn add(&mut self, form: GazForm, text: &str) -> Result<(), (usize, String)> {
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim_start_matches('\u{feff}').trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if line.chars().any(|c| c.is_control() && c != '\t') {
                return Err((line_no, "the line holds a control character".into()));
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let err = |m: String| (line_no, m);
            let max = if form == GazForm::Provinces { 5 } else { 4 };
            if cells.len() > max {
                return Err(err(format!("{} columns, at most {max} (columns are separated by tabs)", cells.len())));
            }
            let name = cells[0];
            if name.is_empty() {
                return Err(err("no name in the first column".into()));
            }
            if name.contains('|') {
                return Err(err("one name in the first column (other forms go in the next columns)".into()));
            }
            for f in std::iter::once(name).chain(cells[1..].iter().flat_map(|c| c.split('|')).map(str::trim).filter(|f| !f.is_empty())) {
                if f.chars().count() > 200 {
                    return Err(err(format!("\"{f}\" is longer than 200 characters")));
                }
            }
            match form {
                GazForm::Bodies | GazForm::LocalBodies => {
                    let local = form == GazForm::LocalBodies;
                    let office = match cells.get(3).copied().unwrap_or("") {
                        "" => false,
                        "office" => true,
                        other => return Err(err(format!("the fourth column is \"office\" or empty, not \"{other}\""))),
                    };
                    let row = Row { name: name.to_string(), short: forms(cells.get(1).copied()), english: forms(cells.get(2).copied()), office };
                    for f in std::iter::once(&row.name).chain(&row.short) {
                        check_form(f, local).map_err(err)?;
                    }
                    for f in &row.english {
                        check_form(f, local).map_err(err)?;
                        if local && (f.contains("{tỉnh}") || f.contains("{ủy}")) {
                            return Err(err(format!("\"{f}\": English names take only the placeholder {{P}}")));
                        }
                    }
                    if local {
                        if !PLACEHOLDERS.iter().any(|p| row.name.contains(p)) {
                            return Err(err(format!("\"{}\" has no placeholder ({{tỉnh}}, {{P}} or {{ủy}}): a body that is not of a province goes in another file", row.name)));
                        }
                        self.templates.push(row);
                    } else {
                        self.bodies.push(row);
                    }
                }
                GazForm::Provinces => {
                    let city = match cells.get(1).copied().unwrap_or("") {
                        "tỉnh" => false,
                        "thành phố" => true,
                        other => return Err(err(format!("the second column is \"tỉnh\" or \"thành phố\", not \"{other}\""))),
                    };
                    let p = Province { name: name.to_string(), city, other: forms(cells.get(2).copied()), english: forms(cells.get(3).copied()) };
                    for f in std::iter::once(&p.name).chain(&p.other).chain(&p.english) {
                        check_form(f, false).map_err(err)?;
                    }
                    // The fifth column (the province it is now part of) is information only.
                    self.provinces.push(p);
                }
            }
        }
        Ok(())
    }

    /// Every body, the templates combined with every province.
    pub fn expand(&self) -> Vec<Body> {
        let mut out: Vec<Body> =
            self.bodies.iter().map(|r| Body { canonical: r.name.clone(), forms: std::iter::once(&r.name).chain(&r.short).chain(&r.english).cloned().collect(), office: r.office }).collect();
        for p in &self.provinces {
            let kind = if p.city { "thành phố" } else { "tỉnh" };
            let names: Vec<&str> = std::iter::once(p.name.as_str()).chain(p.other.iter().map(String::as_str)).collect();
            let mut place: Vec<String> = names.iter().map(|n| format!("{kind} {n}")).collect();
            if p.city {
                for n in &names {
                    place.push(format!("TP. {n}"));
                    place.push(format!("TP {n}"));
                }
            }
            let mut bare: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            if p.city {
                bare.extend(place.iter().cloned());
            }
            let mut english: Vec<String> = p.english.clone();
            for n in &names {
                let f = crate::text::fold(n);
                if !english.iter().any(|e| crate::text::fold(e) == f) {
                    english.push(f);
                }
            }
            let committee = if p.city { "Thành ủy" } else { "Tỉnh ủy" };
            let canon = |t: &str| t.replace("{tỉnh}", &format!("{kind} {}", p.name)).replace("{P}", &p.name).replace("{ủy}", committee);
            for t in &self.templates {
                let mut forms = Vec::new();
                let vi = |t: &str, forms: &mut Vec<String>| {
                    fill(t, &[("{tỉnh}", &place), ("{P}", &bare), ("{ủy}", &[committee.to_string()])], forms);
                };
                vi(&t.name, &mut forms);
                for s in &t.short {
                    vi(s, &mut forms);
                }
                for e in &t.english {
                    fill(e, &[("{P}", &english)], &mut forms);
                }
                out.push(Body { canonical: canon(&t.name), forms, office: t.office });
            }
        }
        out
    }
}

/// Every way of filling the placeholders of `t`, pushed to `out`.
fn fill(t: &str, values: &[(&str, &[String])], out: &mut Vec<String>) {
    let first = values.iter().filter_map(|(p, vs)| t.find(p).map(|at| (at, *p, *vs))).min_by_key(|x| x.0);
    match first {
        None => out.push(t.to_string()),
        Some((at, p, vs)) => {
            for v in vs {
                let filled = format!("{}{}{}", &t[..at], v, &t[at + p.len()..]);
                fill(&filled, values, out);
            }
        }
    }
}
