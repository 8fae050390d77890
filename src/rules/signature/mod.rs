//! `signature`: authority prefix, title and signer's name.

pub mod academic_title;
pub mod authority_title;
pub mod kt_deputy;
pub mod missing;
pub mod missing_name;
pub mod prefix_form;
pub mod prefix_profile;
pub(crate) mod titles;
