//! The survey (DESIGN.md capability 5, issue 11): keeping the map current the way the
//! 2013 study made it. The questionnaire is data (`questionnaire`, shipped in
//! `data/survey/`), and a wave's figures — invited, started, completed, declined, per
//! sector, the response sentence the report writes ("Out of ten … asked …, eight
//! completed") — are computed by one function for every wave (`tracking`), the study's
//! own survey included as wave 0, read from the atlas's respondents.

pub mod merge;
pub mod questionnaire;
pub mod response;
pub mod tracking;
pub mod tree;

pub use questionnaire::{
    AnswerKind, FormKind, Questionnaire, embedded_questionnaires, parse_questionnaire,
};
pub use response::{Answer, AnswerError, Answers, check_answers};
pub use tracking::{InviteeState, WaveFigures, WaveInvitee, figures, response_sentence, wave_zero};
pub use tree::{TreeNode, tree_graphml, tree_svg};
