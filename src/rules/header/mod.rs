//! `header`: national title and motto, Party title, issuing body, type name.

pub mod issuing_body_incomplete;
pub mod missing_asterisk;
pub mod missing_issuing_body;
pub mod missing_letter_summary;
pub mod missing_motto;
pub mod missing_national_title;
pub mod missing_org_title;
pub mod missing_party_title;
pub mod missing_type_name;
pub mod motto_dash;
pub mod motto_text;
pub mod national_title_text;
pub mod place_name;
pub mod title_text;
pub mod type_name_case;
pub mod type_name_text;
