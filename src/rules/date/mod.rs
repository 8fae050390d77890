//! `date`: the place-and-date line, every date in the text, deadlines and years.

pub mod abolished_unit;
pub mod anniversary;
pub mod blank;
pub mod cited_after_issue;
pub mod deadline_before_issue;
pub mod extra_zero;
pub mod format;
pub mod impossible;
pub mod lunar_year;
pub mod missing_place_date;
pub mod period_order;
pub mod plan_year;
pub mod weekday;
pub mod zero_padding;
