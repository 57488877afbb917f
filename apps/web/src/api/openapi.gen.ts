/**
 * Generated from GET /api/openapi.json by openapi-typescript (`npm run openapi`); do not edit.
 * apps/server/src/http/openapi-client.test.ts fails when this file and the document disagree.
 */

export interface paths {
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 存活检查（进程在运行）
         * @description 存活检查（进程在运行）
         */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就绪检查（数据库及各依赖可用，且未在停止）
         * @description 就绪检查（数据库及各依赖可用，且未在停止）
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康检查
         * @description 健康检查
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前登录状态与 CSRF 令牌
         * @description 当前登录状态与 CSRF 令牌
         */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/captcha": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 图形验证码
         * @description 图形验证码
         */
        get: operations["getAuthCaptcha"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sms-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取短信验证码
         * @description 获取短信验证码
         */
        post: operations["postAuthSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 个人注册
         * @description 个人注册
         */
        post: operations["postAuthRegisterPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/employer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 单位注册
         * @description 单位注册
         */
        post: operations["postAuthRegisterEmployer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录
         * @description 登录
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 安全退出
         * @description 安全退出
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 忘记密码
         * @description 忘记密码
         */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改密码
         * @description 修改密码
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本单位账号列表
         * @description 本单位账号列表
         */
        get: operations["getEmployerReviewers"];
        put?: never;
        /**
         * 添加审核人
         * @description 添加审核人
         */
        post: operations["postEmployerReviewers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/reviewers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 停用或启用审核人
         * @description 停用或启用审核人
         */
        patch: operations["patchEmployerReviewersById"];
        trace?: never;
    };
    "/api/department/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 部门账号列表
         * @description 部门账号列表
         */
        get: operations["getDepartmentAccounts"];
        put?: never;
        /**
         * 新建部门账号
         * @description 新建部门账号
         */
        post: operations["postDepartmentAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/accounts/{id}/review-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改审核人账号的审核环节与主管部门
         * @description 修改审核人账号的审核环节与主管部门
         */
        put: operations["putDepartmentAccountsReviewStageById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 停用或启用部门账号
         * @description 停用或启用部门账号
         */
        patch: operations["patchDepartmentAccountsById"];
        trace?: never;
    };
    "/api/department/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志（安全审计员）
         * @description 审计日志（安全审计员）
         */
        get: operations["getDepartmentAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/audit.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出审计日志（安全审计员）
         * @description 导出审计日志（安全审计员）
         */
        get: operations["getDepartmentAuditXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志完整性校验结果（安全审计员）
         * @description 审计日志完整性校验结果（安全审计员）
         */
        get: operations["getDepartmentAuditVerifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 验证审计日志完整性（安全审计员）
         * @description 验证审计日志完整性（安全审计员）
         */
        post: operations["postDepartmentAuditVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的消息（分页）
         * @description 我的消息（分页）
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记为已读
         * @description 标记为已读
         */
        post: operations["postNotificationsReadById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全部标记为已读
         * @description 全部标记为已读
         */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按统一社会信用代码查询推荐单位
         * @description 按统一社会信用代码查询推荐单位
         */
        get: operations["getPersonEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绑定单位申报状态（历史）
         * @description 绑定单位申报状态（历史）
         */
        get: operations["getPersonBindings"];
        put?: never;
        /**
         * 申请绑定推荐单位
         * @description 申请绑定推荐单位
         */
        post: operations["postPersonBindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/bindings/{id}/unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解除绑定
         * @description 解除绑定
         */
        post: operations["postPersonBindingsUnbindById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/recommending-employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可选的推荐单位（材料终审通过）
         * @description 可选的推荐单位（材料终审通过）
         */
        get: operations["getPersonRecommendingEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绑定申请列表
         * @description 绑定申请列表
         */
        get: operations["getEmployerBindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/bindings/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核绑定申请
         * @description 审核绑定申请
         */
        post: operations["postEmployerBindingsDecisionById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/applicants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本单位已绑定的申报人
         * @description 本单位已绑定的申报人
         */
        get: operations["getEmployerApplicants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 后台导出的进度
         * @description 后台导出的进度
         */
        get: operations["getExportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载后台导出的文件
         * @description 下载后台导出的文件
         */
        get: operations["getExportsFileById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报通知列表（分页）
         * @description 申报通知列表（分页）
         */
        get: operations["getDepartmentNotices"];
        put?: never;
        /**
         * 新建申报通知（草稿）
         * @description 新建申报通知（草稿）
         */
        post: operations["postDepartmentNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报通知
         * @description 申报通知
         */
        get: operations["getDepartmentNoticesById"];
        /**
         * 编辑申报通知
         * @description 编辑申报通知
         */
        put: operations["putDepartmentNoticesById"];
        post?: never;
        /**
         * 删除申报通知（仅草稿）
         * @description 删除申报通知（仅草稿）
         */
        delete: operations["deleteDepartmentNoticesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/notices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布申报通知
         * @description 发布申报通知
         */
        post: operations["postDepartmentNoticesPublishById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/notices/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关闭申报通知
         * @description 关闭申报通知
         */
        post: operations["postDepartmentNoticesCloseById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/notices/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传通知附件（multipart，字段 file）
         * @description 上传通知附件（multipart，字段 file）
         */
        post: operations["postDepartmentNoticesAttachmentsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/notices/{id}/attachments/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 删除通知附件
         * @description 删除通知附件
         */
        delete: operations["deleteDepartmentNoticesAttachmentsByIdAndAid"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/attachments/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载通知附件
         * @description 下载通知附件
         */
        get: operations["getNoticesAttachmentsByIdAndAid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报中的申报通知
         * @description 申报中的申报通知
         */
        get: operations["getPersonNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/declaration-guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报注意事项
         * @description 申报注意事项
         */
        get: operations["getDeclarationGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/declaration-guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 编辑申报注意事项
         * @description 编辑申报注意事项
         */
        put: operations["putDepartmentDeclarationGuide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人才分类目录
         * @description 人才分类目录
         */
        get: operations["getCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/catalogue/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改人才类别名称
         * @description 修改人才类别名称
         */
        put: operations["putDepartmentCatalogueCategoriesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/catalogue/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新增目录条款
         * @description 新增目录条款
         */
        post: operations["postDepartmentCatalogueItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/catalogue/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 编辑目录条款
         * @description 编辑目录条款
         */
        put: operations["putDepartmentCatalogueItemsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 启用或停用目录条款
         * @description 启用或停用目录条款
         */
        patch: operations["patchDepartmentCatalogueItemsById"];
        trace?: never;
    };
    "/api/department/supervisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 主管部门列表
         * @description 主管部门列表
         */
        get: operations["getDepartmentSupervisors"];
        put?: never;
        /**
         * 添加主管部门
         * @description 添加主管部门
         */
        post: operations["postDepartmentSupervisors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/supervisors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改主管部门名称
         * @description 修改主管部门名称
         */
        put: operations["putDepartmentSupervisorsById"];
        post?: never;
        /**
         * 删除主管部门（无单位、无账号时）
         * @description 删除主管部门（无单位、无账号时）
         */
        delete: operations["deleteDepartmentSupervisorsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/supervisors/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单位及其主管部门（分页）
         * @description 单位及其主管部门（分页）
         */
        get: operations["getDepartmentSupervisorsEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/supervisors/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置单位的主管部门
         * @description 设置单位的主管部门
         */
        put: operations["putDepartmentSupervisorsEmployersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/supervisors/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单位主管部门导入模板（Excel）
         * @description 单位主管部门导入模板（Excel）
         */
        get: operations["getDepartmentSupervisorsImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本单位信息（含主管部门）
         * @description 本单位信息（含主管部门）
         */
        get: operations["getEmployerUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/supervisors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入单位的主管部门（Excel，字段 file）
         * @description 导入单位的主管部门（Excel，字段 file）
         */
        post: operations["postDepartmentSupervisorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/work-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一年的法定节假日与调休上班日
         * @description 一年的法定节假日与调休上班日
         */
        get: operations["getDepartmentWorkCalendar"];
        put?: never;
        /**
         * 添加法定节假日或调休上班日
         * @description 添加法定节假日或调休上班日
         */
        post: operations["postDepartmentWorkCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/work-calendar/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 删除工作日历中的一天
         * @description 删除工作日历中的一天
         */
        delete: operations["deleteDepartmentWorkCalendarByDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/work-calendar/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日历导入模板（Excel，含该年现有的日期）
         * @description 工作日历导入模板（Excel，含该年现有的日期）
         */
        get: operations["getDepartmentWorkCalendarImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/work-calendar/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入一年的工作日历（Excel，字段 file；替换该年原有的日期）
         * @description 导入一年的工作日历（Excel，字段 file；替换该年原有的日期）
         */
        post: operations["postDepartmentWorkCalendarImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统计分析：申报、审核环节、评审结果与证书的统计
         * @description 统计分析：申报、审核环节、评审结果与证书的统计
         */
        get: operations["getDepartmentStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统计分析导出Excel（每个图表一张工作表）
         * @description 统计分析导出Excel（每个图表一张工作表）
         */
        get: operations["getDepartmentStatisticsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/eligibility/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报例外情形（分页）
         * @description 申报例外情形（分页）
         */
        get: operations["getDepartmentEligibilityExceptions"];
        put?: never;
        /**
         * 登记申报例外情形
         * @description 登记申报例外情形
         */
        post: operations["postDepartmentEligibilityExceptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/eligibility/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 历史认定记录（分页）
         * @description 历史认定记录（分页）
         */
        get: operations["getDepartmentEligibilityResults"];
        put?: never;
        /**
         * 登记历史认定记录
         * @description 登记历史认定记录
         */
        post: operations["postDepartmentEligibilityResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/eligibility/exceptions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销申报例外情形
         * @description 撤销申报例外情形
         */
        post: operations["postDepartmentEligibilityExceptionsRevokeById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/self-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 条件自检
         * @description 条件自检
         */
        get: operations["getPersonSelfCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/carry-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 带入上次申报信息（可带入的申报）
         * @description 带入上次申报信息（可带入的申报）
         */
        get: operations["getPersonCarryOver"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报历史信息
         * @description 申报历史信息
         */
        get: operations["getPersonApplications"];
        put?: never;
        /**
         * 确认并开始申报
         * @description 确认并开始申报
         */
        post: operations["postPersonApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报信息
         * @description 申报信息
         */
        get: operations["getPersonApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/modules/{module}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存基本信息或创新创业成果
         * @description 保存基本信息或创新创业成果
         */
        put: operations["putPersonApplicationsModulesByIdAndModule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 添加一条经历或业绩
         * @description 添加一条经历或业绩
         */
        post: operations["postPersonApplicationsEntriesById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存一条经历或业绩
         * @description 保存一条经历或业绩
         */
        put: operations["putPersonApplicationsEntriesByIdAndEntryId"];
        post?: never;
        /**
         * 删除一条经历或业绩
         * @description 删除一条经历或业绩
         */
        delete: operations["deletePersonApplicationsEntriesByIdAndEntryId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/carried/{module}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核对无误（已带入的模块）
         * @description 核对无误（已带入的模块）
         */
        post: operations["postPersonApplicationsCarriedConfirmByIdAndModule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 数据验证信息
         * @description 数据验证信息
         */
        get: operations["getPersonApplicationsValidationById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交
         * @description 提交
         */
        post: operations["postPersonApplicationsSubmitById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/summary-table.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人才分类定级认定一览表（PDF）
         * @description 人才分类定级认定一览表（PDF）
         */
        get: operations["getPersonApplicationsSummaryTablePdfById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预览或下载附件
         * @description 预览或下载附件
         */
        get: operations["getPersonApplicationsAttachmentsByIdAndAttachmentId"];
        put?: never;
        post?: never;
        /**
         * 删除附件
         * @description 删除附件
         */
        delete: operations["deletePersonApplicationsAttachmentsByIdAndAttachmentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传附件（multipart，字段 file）
         * @description 上传附件（multipart，字段 file）
         */
        post: operations["postPersonApplicationsAttachmentsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评审结果（材料审核通过的申报，分页）
         * @description 评审结果（材料审核通过的申报，分页）
         */
        get: operations["getDepartmentResults"];
        put?: never;
        /**
         * 录入评审结果
         * @description 录入评审结果
         */
        post: operations["postDepartmentResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评审结果导入模板（Excel）
         * @description 评审结果导入模板（Excel）
         */
        get: operations["getDepartmentResultsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公示评审结果
         * @description 公示评审结果
         */
        post: operations["postDepartmentResultsPublicity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布评审结果（发放电子证书）
         * @description 发布评审结果（发放电子证书）
         */
        post: operations["postDepartmentResultsPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/publish-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最近的发布批次
         * @description 最近的发布批次
         */
        get: operations["getDepartmentResultsPublishBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/publish-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发布进度
         * @description 发布进度
         */
        get: operations["getDepartmentResultsPublishBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/publish-batches/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重试发布失败的评审结果
         * @description 重试发布失败的评审结果
         */
        post: operations["postDepartmentResultsPublishBatchesRetryById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记公示异议
         * @description 登记公示异议
         */
        post: operations["postDepartmentResultsObjectionsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证书管理（分页）
         * @description 证书管理（分页）
         */
        get: operations["getDepartmentCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/certificates/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 暂扣、撤销、注销证书
         * @description 暂扣、撤销、注销证书
         */
        post: operations["postDepartmentCertificatesStatusById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的证照
         * @description 我的证照
         */
        get: operations["getPersonCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预览或下载证书（PDF）
         * @description 预览或下载证书（PDF）
         */
        get: operations["getPersonCertificatesPdfById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评审结果公示（分页）
         * @description 评审结果公示（分页）
         */
        get: operations["getPublicPublicity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 电子证书验证
         * @description 电子证书验证
         */
        get: operations["getPublicCertificatesVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/results/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入评审结果（Excel，字段 file）
         * @description 导入评审结果（Excel，字段 file）
         */
        post: operations["postDepartmentResultsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审核环节与筛选项
         * @description 审核环节与筛选项
         */
        get: operations["getReviewOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推荐单位筛选项（按名称搜索）
         * @description 推荐单位筛选项（按名称搜索）
         */
        get: operations["getReviewEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审核列表（keyset 分页）
         * @description 审核列表（keyset 分页）
         */
        get: operations["getReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/queue/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导出审核列表：少量即时下载，大量后台生成
         * @description 导出审核列表：少量即时下载，大量后台生成
         */
        post: operations["postReviewQueueExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/queue.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出审核列表（Excel，少量）
         * @description 导出审核列表（Excel，少量）
         */
        get: operations["getReviewQueueXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报详情（审核）
         * @description 申报详情（审核）
         */
        get: operations["getReviewApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过、退回或审核不通过终止审核
         * @description 审核通过、退回或审核不通过终止审核
         */
        post: operations["postReviewApplicationsDecisionById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预览或下载申报附件
         * @description 预览或下载申报附件
         */
        get: operations["getReviewApplicationsAttachmentsByIdAndAttachmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/applications/{id}/summary-table.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人才分类定级认定一览表（PDF）
         * @description 人才分类定级认定一览表（PDF）
         */
        get: operations["getReviewApplicationsSummaryTablePdfById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/package/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评审材料包：所选申报数
         * @description 评审材料包：所选申报数
         */
        post: operations["postReviewPackagePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 生成评审材料包（后台生成 zip，按导出进度下载）
         * @description 生成评审材料包（后台生成 zip，按导出进度下载）
         */
        post: operations["postReviewPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/sms-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 消息发送记录
         * @description 消息发送记录
         */
        get: operations["getDepartmentSmsMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/sms-messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新发送失败的短信
         * @description 重新发送失败的短信
         */
        post: operations["postDepartmentSmsMessagesRetryById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/integration-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口客户端
         * @description 接口客户端
         */
        get: operations["getDepartmentIntegrationClients"];
        put?: never;
        /**
         * 新增接口客户端（密钥只显示这一次）
         * @description 新增接口客户端（密钥只显示这一次）
         */
        post: operations["postDepartmentIntegrationClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/integration-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改接口客户端
         * @description 修改接口客户端
         */
        put: operations["putDepartmentIntegrationClientsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/integration-clients/{id}/reset-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密钥（旧密钥立即失效）
         * @description 重置密钥（旧密钥立即失效）
         */
        post: operations["postDepartmentIntegrationClientsResetSecretById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/integration-clients/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停用接口客户端
         * @description 停用接口客户端
         */
        post: operations["postDepartmentIntegrationClientsDisableById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/integration-clients/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证书状态推送记录
         * @description 证书状态推送记录
         */
        get: operations["getDepartmentIntegrationClientsDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/department/integration-clients/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新推送失败的记录
         * @description 重新推送失败的记录
         */
        post: operations["postDepartmentIntegrationClientsDeliveriesRetryById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/certificates/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按证书编号查询证书
         * @description 按证书编号查询证书
         */
        get: operations["getIntegrationV1CertificatesByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/certificates/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按持证人证件号码查询证书（号码放在请求体中）
         * @description 按持证人证件号码查询证书（号码放在请求体中）
         */
        post: operations["postIntegrationV1CertificatesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/sms-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 开发环境短信发件箱
         * @description 开发环境短信发件箱
         */
        get: operations["getDevSmsOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 进程在运行 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已就绪 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @description 各依赖的检查结果：ok 正常，failed 不可用，timeout 无响应 */
                        checks: {
                            [key: string]: "ok" | "failed" | "timeout";
                        };
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未就绪，或正在停止 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        message: string;
                        /** @description 各依赖的检查结果：ok 正常，failed 不可用，timeout 无响应 */
                        checks: {
                            [key: string]: "ok" | "failed" | "timeout";
                        };
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 数据库可用 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 数据库不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 登录状态与 CSRF 令牌 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 当前登录的账号；未登录时为 null */
                        account: {
                            id: string;
                            /** @enum {string} */
                            portal: "person" | "employer" | "department";
                            role: string;
                            roleLabel: string;
                            /** @description 姓名；单位账号为经办人姓名 */
                            displayName: string;
                            employerName: string | null;
                            maskedPhone: string | null;
                            maskedIdNumber: string | null;
                        } | null;
                        csrfToken: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getAuthCaptcha: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 图形验证码 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        captchaId: string;
                        /** @description SVG 图片（data: URL） */
                        image: string;
                        expiresInSeconds: number;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthSmsCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    purpose: "register" | "reset";
                    /** @enum {string} */
                    portal: "person" | "employer";
                    phone: string;
                    account?: string;
                    captchaId: string;
                    captchaCode: string;
                };
            };
        };
        responses: {
            /** @description 短信验证码已发送 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 再次获取前须等待的秒数 */
                        cooldownSeconds: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthRegisterPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default 居民身份证
                     * @enum {string}
                     */
                    idType?: "居民身份证" | "港澳居民来往内地通行证" | "台湾居民来往大陆通行证" | "外国人永久居留身份证" | "护照";
                    idNumber: string;
                    name: string;
                    phone: string;
                    smsCode: string;
                    password: string;
                    passwordConfirm: string;
                };
            };
        };
        responses: {
            /** @description 个人注册 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthRegisterEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    employerName: string;
                    uscc: string;
                    operatorName: string;
                    phone: string;
                    smsCode: string;
                    password: string;
                    passwordConfirm: string;
                };
            };
        };
        responses: {
            /** @description 单位注册 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    portal: "person" | "employer" | "department";
                    account: string;
                    password: string;
                    captchaId: string;
                    captchaCode: string;
                };
            };
        };
        responses: {
            /** @description 登录状态与 CSRF 令牌 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 当前登录的账号；未登录时为 null */
                        account: {
                            id: string;
                            /** @enum {string} */
                            portal: "person" | "employer" | "department";
                            role: string;
                            roleLabel: string;
                            /** @description 姓名；单位账号为经办人姓名 */
                            displayName: string;
                            employerName: string | null;
                            maskedPhone: string | null;
                            maskedIdNumber: string | null;
                        } | null;
                        csrfToken: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 安全退出 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    portal: "person" | "employer";
                    account: string;
                    phone: string;
                    smsCode: string;
                    password: string;
                    passwordConfirm: string;
                };
            };
        };
        responses: {
            /** @description 忘记密码 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    oldPassword: string;
                    password: string;
                    passwordConfirm: string;
                };
            };
        };
        responses: {
            /** @description 修改密码 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getEmployerReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 账号列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            role: string;
                            roleLabel: string;
                            name: string;
                            /** @description 登录账号：用户名或（脱敏的）手机号码 */
                            login: string;
                            maskedPhone: string | null;
                            departmentName: string | null;
                            /**
                             * @description 部门账号的审核环节
                             * @enum {string|null}
                             */
                            reviewStage: "province" | "supervisor" | null;
                            reviewStageName: string | null;
                            supervisorId: string | null;
                            supervisorName: string | null;
                            enabled: boolean;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            lastLoginAt: string | null;
                            /** @description 当前管理员可对该账号执行的操作 */
                            allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postEmployerReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    phone: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description 账号（身份证件号码、手机号码已脱敏） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        role: string;
                        roleLabel: string;
                        name: string;
                        /** @description 登录账号：用户名或（脱敏的）手机号码 */
                        login: string;
                        maskedPhone: string | null;
                        departmentName: string | null;
                        /**
                         * @description 部门账号的审核环节
                         * @enum {string|null}
                         */
                        reviewStage: "province" | "supervisor" | null;
                        reviewStageName: string | null;
                        supervisorId: string | null;
                        supervisorName: string | null;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        lastLoginAt: string | null;
                        /** @description 当前管理员可对该账号执行的操作 */
                        allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    patchEmployerReviewersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description 账号（身份证件号码、手机号码已脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        role: string;
                        roleLabel: string;
                        name: string;
                        /** @description 登录账号：用户名或（脱敏的）手机号码 */
                        login: string;
                        maskedPhone: string | null;
                        departmentName: string | null;
                        /**
                         * @description 部门账号的审核环节
                         * @enum {string|null}
                         */
                        reviewStage: "province" | "supervisor" | null;
                        reviewStageName: string | null;
                        supervisorId: string | null;
                        supervisorName: string | null;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        lastLoginAt: string | null;
                        /** @description 当前管理员可对该账号执行的操作 */
                        allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 账号列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            role: string;
                            roleLabel: string;
                            name: string;
                            /** @description 登录账号：用户名或（脱敏的）手机号码 */
                            login: string;
                            maskedPhone: string | null;
                            departmentName: string | null;
                            /**
                             * @description 部门账号的审核环节
                             * @enum {string|null}
                             */
                            reviewStage: "province" | "supervisor" | null;
                            reviewStageName: string | null;
                            supervisorId: string | null;
                            supervisorName: string | null;
                            enabled: boolean;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            lastLoginAt: string | null;
                            /** @description 当前管理员可对该账号执行的操作 */
                            allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    name: string;
                    departmentName: string;
                    /** @enum {string} */
                    role: "sys_admin" | "security_auditor" | "business_admin" | "dept_reviewer";
                    /**
                     * @default province
                     * @enum {string}
                     */
                    reviewStage?: "province" | "supervisor";
                    /** Format: uuid */
                    supervisorId?: string | null;
                    password: string;
                };
            };
        };
        responses: {
            /** @description 账号（身份证件号码、手机号码已脱敏） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        role: string;
                        roleLabel: string;
                        name: string;
                        /** @description 登录账号：用户名或（脱敏的）手机号码 */
                        login: string;
                        maskedPhone: string | null;
                        departmentName: string | null;
                        /**
                         * @description 部门账号的审核环节
                         * @enum {string|null}
                         */
                        reviewStage: "province" | "supervisor" | null;
                        reviewStageName: string | null;
                        supervisorId: string | null;
                        supervisorName: string | null;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        lastLoginAt: string | null;
                        /** @description 当前管理员可对该账号执行的操作 */
                        allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentAccountsReviewStageById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default province
                     * @enum {string}
                     */
                    reviewStage?: "province" | "supervisor";
                    /** Format: uuid */
                    supervisorId?: string | null;
                };
            };
        };
        responses: {
            /** @description 账号（身份证件号码、手机号码已脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        role: string;
                        roleLabel: string;
                        name: string;
                        /** @description 登录账号：用户名或（脱敏的）手机号码 */
                        login: string;
                        maskedPhone: string | null;
                        departmentName: string | null;
                        /**
                         * @description 部门账号的审核环节
                         * @enum {string|null}
                         */
                        reviewStage: "province" | "supervisor" | null;
                        reviewStageName: string | null;
                        supervisorId: string | null;
                        supervisorName: string | null;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        lastLoginAt: string | null;
                        /** @description 当前管理员可对该账号执行的操作 */
                        allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    patchDepartmentAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description 账号（身份证件号码、手机号码已脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        role: string;
                        roleLabel: string;
                        name: string;
                        /** @description 登录账号：用户名或（脱敏的）手机号码 */
                        login: string;
                        maskedPhone: string | null;
                        departmentName: string | null;
                        /**
                         * @description 部门账号的审核环节
                         * @enum {string|null}
                         */
                        reviewStage: "province" | "supervisor" | null;
                        reviewStageName: string | null;
                        supervisorId: string | null;
                        supervisorName: string | null;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        lastLoginAt: string | null;
                        /** @description 当前管理员可对该账号执行的操作 */
                        allowedActions: ("编辑审核环节" | "停用" | "启用")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentAudit: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                actor?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                ip?: string;
                limit?: number;
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审计日志（新的在前） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description ISO 8601 时间 */
                            at: string;
                            actorLabel: string;
                            action: string;
                            targetType: string | null;
                            targetId: string | null;
                            ip: string | null;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description 下一页（更早）的 before 参数；最后一页为 null */
                        nextBefore: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentAuditXlsx: {
        parameters: {
            query: {
                from: string;
                to: string;
                actor?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                ip?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审计日志 Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentAuditVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审计日志最近一次完整校验与检查点校验 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        full: {
                            /** @enum {string} */
                            kind: "full" | "checkpoint";
                            /** @description ISO 8601 时间 */
                            at: string;
                            ok: boolean;
                            rows: number;
                            brokenAt: string | null;
                            /** @enum {string|null} */
                            problem: "link" | "gap" | "truncated" | "checkpoint-mismatch" | "checkpoint-forged" | null;
                        } | null;
                        checkpoint: {
                            /** @enum {string} */
                            kind: "full" | "checkpoint";
                            /** @description ISO 8601 时间 */
                            at: string;
                            ok: boolean;
                            rows: number;
                            brokenAt: string | null;
                            /** @enum {string|null} */
                            problem: "link" | "gap" | "truncated" | "checkpoint-mismatch" | "checkpoint-forged" | null;
                        } | null;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 验证审计日志完整性（安全审计员） */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 我的消息（新的在前，分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            body: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description 读取时间；未读为 null */
                            readAt: string | null;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                        /** @description 未读条数 */
                        unread: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postNotificationsReadById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 站内消息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        body: string;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description 读取时间；未读为 null */
                        readAt: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 我的消息（新的在前，分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            body: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description 读取时间；未读为 null */
                            readAt: string | null;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                        /** @description 未读条数 */
                        unread: number;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonEmployers: {
        parameters: {
            query: {
                uscc: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 按统一社会信用代码查到的单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        employerId: string;
                        name: string;
                        uscc: string;
                        /** @description 与该单位待审核或已通过的绑定 */
                        binding: {
                            id: string;
                            /** @enum {string} */
                            status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                        } | null;
                        /** @description 现在能否绑定 */
                        canBind: boolean;
                        /** @description 不能绑定的原因 */
                        reason: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonBindings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 绑定单位申报状态（历史） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            employerId: string;
                            employerName: string;
                            uscc: string;
                            /** @description 申请时间 */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                            /** @description 办件意见 */
                            opinion: string | null;
                            /** @description 审核时间 */
                            decidedAt: string | null;
                            /** @description 解除绑定时间 */
                            unboundAt: string | null;
                            allowedActions: "解除绑定"[];
                        }[];
                        /** @description 当前待审核或已通过的绑定 */
                        current: {
                            id: string;
                            employerId: string;
                            employerName: string;
                            uscc: string;
                            /** @description 申请时间 */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                            /** @description 办件意见 */
                            opinion: string | null;
                            /** @description 审核时间 */
                            decidedAt: string | null;
                            /** @description 解除绑定时间 */
                            unboundAt: string | null;
                            allowedActions: "解除绑定"[];
                        } | null;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonBindings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    employerId: string;
                };
            };
        };
        responses: {
            /** @description 绑定申请 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        employerId: string;
                        employerName: string;
                        uscc: string;
                        /** @description 申请时间 */
                        requestedAt: string;
                        /** @enum {string} */
                        status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                        /** @description 办件意见 */
                        opinion: string | null;
                        /** @description 审核时间 */
                        decidedAt: string | null;
                        /** @description 解除绑定时间 */
                        unboundAt: string | null;
                        allowedActions: "解除绑定"[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonBindingsUnbindById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 绑定申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        employerId: string;
                        employerName: string;
                        uscc: string;
                        /** @description 申请时间 */
                        requestedAt: string;
                        /** @enum {string} */
                        status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                        /** @description 办件意见 */
                        opinion: string | null;
                        /** @description 审核时间 */
                        decidedAt: string | null;
                        /** @description 解除绑定时间 */
                        unboundAt: string | null;
                        allowedActions: "解除绑定"[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonRecommendingEmployers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可选的推荐单位（绑定已材料终审通过） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bindingId: string;
                            employerId: string;
                            name: string;
                            uscc: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getEmployerBindings: {
        parameters: {
            query?: {
                status?: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                q?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 绑定申请列表（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            applicantName: string;
                            /** @description 证件号码（脱敏） */
                            maskedIdNumber: string;
                            /** @description 手机号码（脱敏） */
                            maskedPhone: string;
                            /** @description 申请时间 */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                            /** @description 办件意见 */
                            opinion: string | null;
                            /** @description 审核时间 */
                            decidedAt: string | null;
                            /** @description 审核人 */
                            decidedByName: string | null;
                            allowedActions: ("审核通过" | "审核不通过终止审核")[];
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postEmployerBindingsDecisionById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "审核通过" | "审核不通过终止审核";
                    /** @default  */
                    opinion?: string;
                };
            };
        };
        responses: {
            /** @description 绑定申请（单位网厅） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicantName: string;
                        /** @description 证件号码（脱敏） */
                        maskedIdNumber: string;
                        /** @description 手机号码（脱敏） */
                        maskedPhone: string;
                        /** @description 申请时间 */
                        requestedAt: string;
                        /** @enum {string} */
                        status: "待审核" | "材料终审通过" | "审核不通过终止审核" | "已解绑";
                        /** @description 办件意见 */
                        opinion: string | null;
                        /** @description 审核时间 */
                        decidedAt: string | null;
                        /** @description 审核人 */
                        decidedByName: string | null;
                        allowedActions: ("审核通过" | "审核不通过终止审核")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getEmployerApplicants: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本单位已绑定的申报人（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bindingId: string;
                            applicantName: string;
                            /** @description 证件号码（脱敏） */
                            maskedIdNumber: string;
                            /** @description 手机号码（脱敏） */
                            maskedPhone: string;
                            /** @description 绑定通过时间 */
                            boundSince: string;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getExportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 后台导出 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fileName: string;
                        /** @enum {string} */
                        state: "排队中" | "生成中" | "已完成" | "失败";
                        rowsTotal: number;
                        rowsDone: number;
                        /** @description 文件大小（字节），已完成时 */
                        size: number | null;
                        error: string | null;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        finishedAt: string | null;
                        /** @description 过期时间，之后文件删除 */
                        expiresAt: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getExportsFileById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导出的文件：Excel 表格或 zip 压缩包 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/zip": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentNotices: {
        parameters: {
            query?: {
                q?: string;
                status?: "草稿" | "已发布" | "已关闭";
                year?: number;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报通知列表（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            body: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            serviceTypes: ("首次认定" | "晋升认定")[];
                            /** @enum {string} */
                            status: "草稿" | "已发布" | "已关闭";
                            /** @enum {string} */
                            window: "未开始" | "申报中" | "已截止";
                            /** @description ISO 8601 时间 */
                            publishedAt: string | null;
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            version: number;
                            attachments: {
                                id: string;
                                /** @description 文件名 */
                                fileName: string;
                                /** @description MIME 类型 */
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                            }[];
                            allowedActions: ("编辑" | "发布" | "关闭" | "删除")[];
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    body: string;
                    /** Format: date-time */
                    startAt: string;
                    /** Format: date-time */
                    endAt: string;
                    serviceTypes: ("首次认定" | "晋升认定")[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 申报通知（管理端） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        body: string;
                        /** @description ISO 8601 时间 */
                        startAt: string;
                        /** @description ISO 8601 时间 */
                        endAt: string;
                        serviceTypes: ("首次认定" | "晋升认定")[];
                        /** @enum {string} */
                        status: "草稿" | "已发布" | "已关闭";
                        /** @enum {string} */
                        window: "未开始" | "申报中" | "已截止";
                        /** @description ISO 8601 时间 */
                        publishedAt: string | null;
                        /** @description ISO 8601 时间 */
                        closedAt: string | null;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        version: number;
                        attachments: {
                            id: string;
                            /** @description 文件名 */
                            fileName: string;
                            /** @description MIME 类型 */
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                        }[];
                        allowedActions: ("编辑" | "发布" | "关闭" | "删除")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentNoticesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报通知（管理端） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        body: string;
                        /** @description ISO 8601 时间 */
                        startAt: string;
                        /** @description ISO 8601 时间 */
                        endAt: string;
                        serviceTypes: ("首次认定" | "晋升认定")[];
                        /** @enum {string} */
                        status: "草稿" | "已发布" | "已关闭";
                        /** @enum {string} */
                        window: "未开始" | "申报中" | "已截止";
                        /** @description ISO 8601 时间 */
                        publishedAt: string | null;
                        /** @description ISO 8601 时间 */
                        closedAt: string | null;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        version: number;
                        attachments: {
                            id: string;
                            /** @description 文件名 */
                            fileName: string;
                            /** @description MIME 类型 */
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                        }[];
                        allowedActions: ("编辑" | "发布" | "关闭" | "删除")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentNoticesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    body: string;
                    /** Format: date-time */
                    startAt: string;
                    /** Format: date-time */
                    endAt: string;
                    serviceTypes: ("首次认定" | "晋升认定")[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 申报通知（管理端） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        body: string;
                        /** @description ISO 8601 时间 */
                        startAt: string;
                        /** @description ISO 8601 时间 */
                        endAt: string;
                        serviceTypes: ("首次认定" | "晋升认定")[];
                        /** @enum {string} */
                        status: "草稿" | "已发布" | "已关闭";
                        /** @enum {string} */
                        window: "未开始" | "申报中" | "已截止";
                        /** @description ISO 8601 时间 */
                        publishedAt: string | null;
                        /** @description ISO 8601 时间 */
                        closedAt: string | null;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        version: number;
                        attachments: {
                            id: string;
                            /** @description 文件名 */
                            fileName: string;
                            /** @description MIME 类型 */
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                        }[];
                        allowedActions: ("编辑" | "发布" | "关闭" | "删除")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    deleteDepartmentNoticesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentNoticesPublishById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报通知（管理端） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        body: string;
                        /** @description ISO 8601 时间 */
                        startAt: string;
                        /** @description ISO 8601 时间 */
                        endAt: string;
                        serviceTypes: ("首次认定" | "晋升认定")[];
                        /** @enum {string} */
                        status: "草稿" | "已发布" | "已关闭";
                        /** @enum {string} */
                        window: "未开始" | "申报中" | "已截止";
                        /** @description ISO 8601 时间 */
                        publishedAt: string | null;
                        /** @description ISO 8601 时间 */
                        closedAt: string | null;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        version: number;
                        attachments: {
                            id: string;
                            /** @description 文件名 */
                            fileName: string;
                            /** @description MIME 类型 */
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                        }[];
                        allowedActions: ("编辑" | "发布" | "关闭" | "删除")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentNoticesCloseById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报通知（管理端） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        body: string;
                        /** @description ISO 8601 时间 */
                        startAt: string;
                        /** @description ISO 8601 时间 */
                        endAt: string;
                        serviceTypes: ("首次认定" | "晋升认定")[];
                        /** @enum {string} */
                        status: "草稿" | "已发布" | "已关闭";
                        /** @enum {string} */
                        window: "未开始" | "申报中" | "已截止";
                        /** @description ISO 8601 时间 */
                        publishedAt: string | null;
                        /** @description ISO 8601 时间 */
                        closedAt: string | null;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        version: number;
                        attachments: {
                            id: string;
                            /** @description 文件名 */
                            fileName: string;
                            /** @description MIME 类型 */
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                        }[];
                        allowedActions: ("编辑" | "发布" | "关闭" | "删除")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentNoticesAttachmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件（一个）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 通知附件 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description 文件名 */
                        fileName: string;
                        /** @description MIME 类型 */
                        contentType: string;
                        /** @description 字节数 */
                        size: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    deleteDepartmentNoticesAttachmentsByIdAndAid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getNoticesAttachmentsByIdAndAid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 通知附件（类型见 content-type） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报中的申报通知 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            body: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            serviceTypes: ("首次认定" | "晋升认定")[];
                            /** @enum {string} */
                            window: "未开始" | "申报中" | "已截止";
                            attachments: {
                                id: string;
                                /** @description 文件名 */
                                fileName: string;
                                /** @description MIME 类型 */
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                            }[];
                            canApply: boolean;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDeclarationGuide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报注意事项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        text: string;
                        /** @description 最后编辑时间；从未编辑为 null */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentDeclarationGuide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description 申报注意事项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        text: string;
                        /** @description 最后编辑时间；从未编辑为 null */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才分类目录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            /** @enum {string} */
                            code: "A" | "B" | "C" | "D" | "E";
                            name: string;
                            items: {
                                id: string;
                                /** @enum {string} */
                                category: "A" | "B" | "C" | "D" | "E";
                                /** @description 条款编号，如 C-3 */
                                code: string;
                                text: string;
                                sort: number;
                                enabled: boolean;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentCatalogueCategoriesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "A" | "B" | "C" | "D" | "E";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description 人才类别及其条款 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "A" | "B" | "C" | "D" | "E";
                        name: string;
                        items: {
                            id: string;
                            /** @enum {string} */
                            category: "A" | "B" | "C" | "D" | "E";
                            /** @description 条款编号，如 C-3 */
                            code: string;
                            text: string;
                            sort: number;
                            enabled: boolean;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentCatalogueItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "A" | "B" | "C" | "D" | "E";
                    code: string;
                    text: string;
                    /** @default 0 */
                    sort?: number;
                };
            };
        };
        responses: {
            /** @description 人才分类目录条款 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "A" | "B" | "C" | "D" | "E";
                        /** @description 条款编号，如 C-3 */
                        code: string;
                        text: string;
                        sort: number;
                        enabled: boolean;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentCatalogueItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "A" | "B" | "C" | "D" | "E";
                    code: string;
                    text: string;
                    /** @default 0 */
                    sort?: number;
                };
            };
        };
        responses: {
            /** @description 人才分类目录条款 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "A" | "B" | "C" | "D" | "E";
                        /** @description 条款编号，如 C-3 */
                        code: string;
                        text: string;
                        sort: number;
                        enabled: boolean;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    patchDepartmentCatalogueItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description 人才分类目录条款 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "A" | "B" | "C" | "D" | "E";
                        /** @description 条款编号，如 C-3 */
                        code: string;
                        text: string;
                        sort: number;
                        enabled: boolean;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentSupervisors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 主管部门列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description 所辖单位数 */
                            employerCount: number;
                            /** @description 为其审核的部门账号数 */
                            accountCount: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentSupervisors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description 主管部门 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentSupervisorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description 主管部门 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    deleteDepartmentSupervisorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentSupervisorsEmployers: {
        parameters: {
            query?: {
                q?: string;
                supervisorId?: string | "none";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 单位及其主管部门（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            uscc: string;
                            supervisorId: string | null;
                            /** @description 主管部门名称；null 为未分配主管部门 */
                            supervisorName: string | null;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentSupervisorsEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    supervisorId: string | null;
                };
            };
        };
        responses: {
            /** @description 单位及其主管部门 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        uscc: string;
                        supervisorId: string | null;
                        /** @description 主管部门名称；null 为未分配主管部门 */
                        supervisorName: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentSupervisorsImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 单位主管部门导入模板 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getEmployerUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本单位信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        uscc: string;
                        /** @description 主管部门名称；null 为未分配主管部门 */
                        supervisorName: string | null;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentSupervisorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件（一个）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 导入结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 主管部门有变化的单位数 */
                        updated: number;
                        /** @description 主管部门未变的行数 */
                        unchanged: number;
                        errors: {
                            row: number;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentWorkCalendar: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一年的工作日历 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 日期 YYYY-MM-DD */
                            day: string;
                            /** @description 星期 */
                            weekday: string;
                            /** @enum {string} */
                            kind: "法定节假日" | "调休上班";
                            /** @description 节日名称 */
                            name: string;
                            /**
                             * @description 来源：seed 内置、manual 手工添加、import Excel导入
                             * @enum {string}
                             */
                            source: "seed" | "manual" | "import";
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                        }[];
                        year: number;
                        /** @description 有记录的年份 */
                        years: number[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentWorkCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    day: string;
                    /** @enum {string} */
                    kind: "法定节假日" | "调休上班";
                    name: string;
                };
            };
        };
        responses: {
            /** @description 工作日历中的一天 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 日期 YYYY-MM-DD */
                        day: string;
                        /** @description 星期 */
                        weekday: string;
                        /** @enum {string} */
                        kind: "法定节假日" | "调休上班";
                        /** @description 节日名称 */
                        name: string;
                        /**
                         * @description 来源：seed 内置、manual 手工添加、import Excel导入
                         * @enum {string}
                         */
                        source: "seed" | "manual" | "import";
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    deleteDepartmentWorkCalendarByDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentWorkCalendarImportTemplateXlsx: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 工作日历导入模板 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentWorkCalendarImport: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件（一个）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 导入结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @description 导入后该年的天数 */
                        imported: number;
                        /** @description 被替换的原有天数 */
                        replaced: number;
                        errors: {
                            row: number;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentStatistics: {
        parameters: {
            query?: {
                noticeId?: string;
                category?: "A" | "B" | "C" | "D" | "E";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计分析 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byStatus: {
                            /** @enum {string} */
                            status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                            count: number;
                        }[];
                        byCategory: {
                            /** @description 人才类别，未填写时为空串 */
                            category: string;
                            count: number;
                        }[];
                        byEmployer: {
                            /** @description 其他时为空 */
                            employerId: string | null;
                            name: string;
                            count: number;
                        }[];
                        byNotice: {
                            noticeId: string;
                            title: string;
                            count: number;
                        }[];
                        perDay: {
                            day: string;
                            count: number;
                        }[];
                        stages: {
                            /** @enum {string} */
                            stage: "employer" | "supervisor" | "province";
                            stageName: string;
                            waiting: number;
                            decided: number;
                            passed: number;
                            returned: number;
                            terminated: number;
                            /** @description 比率（0–1），没有已审核的申报时为空 */
                            passRate: number | null;
                            /** @description 比率（0–1），没有已审核的申报时为空 */
                            returnRate: number | null;
                            /** @description 比率（0–1），没有已审核的申报时为空 */
                            terminateRate: number | null;
                            /** @description 小时（精度±5%），没有已审核的申报或按提交日期筛选时为空 */
                            medianHours: number | null;
                            /** @description 小时（精度±5%），没有已审核的申报或按提交日期筛选时为空 */
                            p90Hours: number | null;
                        }[];
                        results: {
                            category: string;
                            "\u8BA4\u5B9A\u901A\u8FC7": number;
                            "\u8C03\u6574\u7C7B\u522B\u8BA4\u5B9A": number;
                            "\u4E0D\u4E88\u8BA4\u5B9A": number;
                            total: number;
                        }[];
                        certificates: {
                            /** @enum {string} */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            count: number;
                        }[];
                        notices: {
                            id: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentStatisticsXlsx: {
        parameters: {
            query?: {
                noticeId?: string;
                category?: "A" | "B" | "C" | "D" | "E";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计分析 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentEligibilityExceptions: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报例外情形（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description 证件号码（脱敏） */
                            maskedIdNumber: string;
                            /** @description 例外情形说明 */
                            reason: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description 登记人姓名 */
                            createdBy: string | null;
                            /** @description 撤销时间；null 为仍有效 */
                            revokedAt: string | null;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentEligibilityExceptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 申报例外情形 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description 证件号码（脱敏） */
                        maskedIdNumber: string;
                        /** @description 例外情形说明 */
                        reason: string;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description 登记人姓名 */
                        createdBy: string | null;
                        /** @description 撤销时间；null 为仍有效 */
                        revokedAt: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentEligibilityResults: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 历史认定记录（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description 证件号码（脱敏） */
                            maskedIdNumber: string;
                            /** @enum {string} */
                            outcome: "认定通过" | "不予认定";
                            /** @enum {string} */
                            category: "A" | "B" | "C" | "D" | "E";
                            /** @description 认定日期 YYYY-MM-DD */
                            decidedOn: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentEligibilityResults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                    /** @enum {string} */
                    outcome: "认定通过" | "不予认定";
                    /** @enum {string} */
                    category: "A" | "B" | "C" | "D" | "E";
                    decidedOn: string;
                };
            };
        };
        responses: {
            /** @description 历史认定记录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description 证件号码（脱敏） */
                        maskedIdNumber: string;
                        /** @enum {string} */
                        outcome: "认定通过" | "不予认定";
                        /** @enum {string} */
                        category: "A" | "B" | "C" | "D" | "E";
                        /** @description 认定日期 YYYY-MM-DD */
                        decidedOn: string;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentEligibilityExceptionsRevokeById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报例外情形 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description 证件号码（脱敏） */
                        maskedIdNumber: string;
                        /** @description 例外情形说明 */
                        reason: string;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description 登记人姓名 */
                        createdBy: string | null;
                        /** @description 撤销时间；null 为仍有效 */
                        revokedAt: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonSelfCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 条件自检 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            key: "age" | "recentCertified" | "recentRefused" | "promotion";
                            label: string;
                            /** @description null：待基本信息填写人才类别后（提交时）再核验 */
                            passed: boolean | null;
                            reason: string;
                        }[];
                        /** @description 申报人须逐项确认的申报条件 */
                        readonly confirmations: string[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonCarryOver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 带入上次申报信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本人最近一次提交的申报；没有则为空 */
                        source: {
                            id: string;
                            noticeTitle: string;
                            /** @enum {string} */
                            status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                            /** @description ISO 8601 时间 */
                            submittedAt: string;
                        } | null;
                        /** @description 本人持有的有效证书（晋升认定的已在吉认定人才类别与认定日期） */
                        certificate: {
                            number: string;
                            /** @enum {string} */
                            category: "A" | "B" | "C" | "D" | "E";
                            /** @description 日期 YYYY-MM-DD */
                            issuedOn: string;
                        } | null;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报历史信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            noticeId: string;
                            noticeTitle: string;
                            employerName: string;
                            /** @enum {string} */
                            status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            serviceType: string | null;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            /** @description ISO 8601 时间 */
                            submittedAt: string | null;
                            result: {
                                /**
                                 * @description 评审结果
                                 * @enum {string}
                                 */
                                outcome: "认定通过" | "调整类别认定" | "不予认定";
                                /**
                                 * @description 人才类别 A–E
                                 * @enum {string|null}
                                 */
                                category: "A" | "B" | "C" | "D" | "E" | null;
                                categoryName: string | null;
                                /** @description ISO 8601 时间 */
                                publishedAt: string;
                                certificateId: string | null;
                            } | null;
                            allowedActions: ("编辑" | "查看" | "提交" | "删除" | "进度跟踪")[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    noticeId: string;
                    /** Format: uuid */
                    employerId: string;
                    confirmations: boolean[];
                    /**
                     * Format: uuid
                     * @description 带入上次申报信息：所带入的本人上次提交的申报（须为本人的申报）
                     */
                    carryOverFrom?: string;
                };
            };
        };
        responses: {
            /** @description 申报信息 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                        notice: {
                            id: string;
                            title: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            /**
                             * @description 申报时段：未开始、申报中或已截止
                             * @enum {string}
                             */
                            window: "未开始" | "申报中" | "已截止";
                            serviceTypes: string[];
                        };
                        employer: {
                            id: string;
                            name: string;
                            uscc: string;
                        };
                        /** @description 申报人身份（来自账号，只读） */
                        identity: {
                            name: string;
                            idType: string;
                            maskedIdNumber: string;
                            /** @description 日期 YYYY-MM-DD */
                            birthDate: string | null;
                            gender: string | null;
                        };
                        /** @description 基本信息与创新创业成果；未保存过的模块不出现 */
                        modules: {
                            /** @description 已保存的模块 */
                            basic?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                            /** @description 已保存的模块 */
                            achievement?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                        };
                        entries: {
                            values: {
                                [key: string]: string | number;
                            };
                            /** @description 版本号：下次保存时原样带回 */
                            version: number;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            id: string;
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                slot: "photo" | "idCard" | "other" | "entry";
                                entryId: string | null;
                                fileName: string;
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        }[];
                        /** @description 材料附件信息（不含各条记录的附件） */
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                        /** @description ISO 8601 时间 */
                        submittedAt: string | null;
                        /** @description 现在可修改的模块 */
                        editableModules: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards")[];
                        /** @description 材料附件信息现在可否修改 */
                        attachmentsEditable: boolean;
                        /** @description 最近一次退回 */
                        returned: {
                            /** @description 退回意见 */
                            opinion: string;
                            /** @description 退回修改的部分 */
                            sections: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments")[];
                            /** @description 退回的审核环节 */
                            stageName: string;
                            /** @description 经办人 */
                            handler: string;
                            /** @description ISO 8601 时间 */
                            at: string;
                        } | null;
                        result: {
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            categoryName: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string;
                            certificateId: string | null;
                        } | null;
                        allowedActions: ("编辑" | "查看" | "提交" | "删除" | "进度跟踪")[];
                        /** @description 流程推送 */
                        flow: {
                            id: string;
                            stage: string;
                            handler: string;
                            action: string;
                            opinion: string | null;
                            /** @description ISO 8601 时间 */
                            at: string;
                        }[];
                        /** @description 已带入（请核对）的模块 */
                        carried: {
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            /** @description 带入时留空或改填的内容及原因 */
                            notes: string[];
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                        notice: {
                            id: string;
                            title: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            /**
                             * @description 申报时段：未开始、申报中或已截止
                             * @enum {string}
                             */
                            window: "未开始" | "申报中" | "已截止";
                            serviceTypes: string[];
                        };
                        employer: {
                            id: string;
                            name: string;
                            uscc: string;
                        };
                        /** @description 申报人身份（来自账号，只读） */
                        identity: {
                            name: string;
                            idType: string;
                            maskedIdNumber: string;
                            /** @description 日期 YYYY-MM-DD */
                            birthDate: string | null;
                            gender: string | null;
                        };
                        /** @description 基本信息与创新创业成果；未保存过的模块不出现 */
                        modules: {
                            /** @description 已保存的模块 */
                            basic?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                            /** @description 已保存的模块 */
                            achievement?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                        };
                        entries: {
                            values: {
                                [key: string]: string | number;
                            };
                            /** @description 版本号：下次保存时原样带回 */
                            version: number;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            id: string;
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                slot: "photo" | "idCard" | "other" | "entry";
                                entryId: string | null;
                                fileName: string;
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        }[];
                        /** @description 材料附件信息（不含各条记录的附件） */
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                        /** @description ISO 8601 时间 */
                        submittedAt: string | null;
                        /** @description 现在可修改的模块 */
                        editableModules: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards")[];
                        /** @description 材料附件信息现在可否修改 */
                        attachmentsEditable: boolean;
                        /** @description 最近一次退回 */
                        returned: {
                            /** @description 退回意见 */
                            opinion: string;
                            /** @description 退回修改的部分 */
                            sections: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments")[];
                            /** @description 退回的审核环节 */
                            stageName: string;
                            /** @description 经办人 */
                            handler: string;
                            /** @description ISO 8601 时间 */
                            at: string;
                        } | null;
                        result: {
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            categoryName: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string;
                            certificateId: string | null;
                        } | null;
                        allowedActions: ("编辑" | "查看" | "提交" | "删除" | "进度跟踪")[];
                        /** @description 流程推送 */
                        flow: {
                            id: string;
                            stage: string;
                            handler: string;
                            action: string;
                            opinion: string | null;
                            /** @description ISO 8601 时间 */
                            at: string;
                        }[];
                        /** @description 已带入（请核对）的模块 */
                        carried: {
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            /** @description 带入时留空或改填的内容及原因 */
                            notes: string[];
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putPersonApplicationsModulesByIdAndModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                module: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: {
                        [key: string]: unknown;
                    };
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已保存的模块 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        values: {
                            [key: string]: string | number;
                        };
                        /** @description 版本号：下次保存时原样带回 */
                        version: number;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonApplicationsEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    module: string;
                    values: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description 经历或业绩的一条记录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        values: {
                            [key: string]: string | number;
                        };
                        /** @description 版本号：下次保存时原样带回 */
                        version: number;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        id: string;
                        /** @enum {string} */
                        module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putPersonApplicationsEntriesByIdAndEntryId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: {
                        [key: string]: unknown;
                    };
                    version: number;
                };
            };
        };
        responses: {
            /** @description 经历或业绩的一条记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        values: {
                            [key: string]: string | number;
                        };
                        /** @description 版本号：下次保存时原样带回 */
                        version: number;
                        /** @description ISO 8601 时间 */
                        updatedAt: string;
                        id: string;
                        /** @enum {string} */
                        module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    deletePersonApplicationsEntriesByIdAndEntryId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonApplicationsCarriedConfirmByIdAndModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                module: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已核对 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonApplicationsValidationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 数据验证信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issues: {
                            /** @enum {string} */
                            section: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments" | "eligibility";
                            /** @description 列表模块中的那一条记录 */
                            entryId?: string;
                            /** @description 模块的字段，或附件类别 */
                            field?: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonApplicationsSubmitById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    commitment: true;
                };
            };
        };
        responses: {
            /** @description 申报信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                        notice: {
                            id: string;
                            title: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            /**
                             * @description 申报时段：未开始、申报中或已截止
                             * @enum {string}
                             */
                            window: "未开始" | "申报中" | "已截止";
                            serviceTypes: string[];
                        };
                        employer: {
                            id: string;
                            name: string;
                            uscc: string;
                        };
                        /** @description 申报人身份（来自账号，只读） */
                        identity: {
                            name: string;
                            idType: string;
                            maskedIdNumber: string;
                            /** @description 日期 YYYY-MM-DD */
                            birthDate: string | null;
                            gender: string | null;
                        };
                        /** @description 基本信息与创新创业成果；未保存过的模块不出现 */
                        modules: {
                            /** @description 已保存的模块 */
                            basic?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                            /** @description 已保存的模块 */
                            achievement?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                        };
                        entries: {
                            values: {
                                [key: string]: string | number;
                            };
                            /** @description 版本号：下次保存时原样带回 */
                            version: number;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            id: string;
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                slot: "photo" | "idCard" | "other" | "entry";
                                entryId: string | null;
                                fileName: string;
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        }[];
                        /** @description 材料附件信息（不含各条记录的附件） */
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                        /** @description ISO 8601 时间 */
                        submittedAt: string | null;
                        /** @description 现在可修改的模块 */
                        editableModules: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards")[];
                        /** @description 材料附件信息现在可否修改 */
                        attachmentsEditable: boolean;
                        /** @description 最近一次退回 */
                        returned: {
                            /** @description 退回意见 */
                            opinion: string;
                            /** @description 退回修改的部分 */
                            sections: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments")[];
                            /** @description 退回的审核环节 */
                            stageName: string;
                            /** @description 经办人 */
                            handler: string;
                            /** @description ISO 8601 时间 */
                            at: string;
                        } | null;
                        result: {
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            categoryName: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string;
                            certificateId: string | null;
                        } | null;
                        allowedActions: ("编辑" | "查看" | "提交" | "删除" | "进度跟踪")[];
                        /** @description 流程推送 */
                        flow: {
                            id: string;
                            stage: string;
                            handler: string;
                            action: string;
                            opinion: string | null;
                            /** @description ISO 8601 时间 */
                            at: string;
                        }[];
                        /** @description 已带入（请核对）的模块 */
                        carried: {
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            /** @description 带入时留空或改填的内容及原因 */
                            notes: string[];
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonApplicationsSummaryTablePdfById: {
        parameters: {
            query?: {
                download?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才分类定级认定一览表 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonApplicationsAttachmentsByIdAndAttachmentId: {
        parameters: {
            query?: {
                download?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件文件（按上传时的类型） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    deletePersonApplicationsAttachmentsByIdAndAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postPersonApplicationsAttachmentsById: {
        parameters: {
            query: {
                slot: "photo" | "idCard" | "other" | "entry";
                entryId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件（一个）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 附件 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        slot: "photo" | "idCard" | "other" | "entry";
                        entryId: string | null;
                        fileName: string;
                        contentType: string;
                        /** @description 字节数 */
                        size: number;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentResults: {
        parameters: {
            query?: {
                q?: string;
                noticeId?: string;
                category?: "A" | "B" | "C" | "D" | "E";
                state?: "未录入" | "待发布" | "公示中" | "已发布";
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评审结果列表（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 当前账号现在可做的操作 */
                            allowedActions: ("录入" | "公示" | "发布" | "登记异议")[];
                            /** @description 不可做的操作及原因 */
                            refusals: {
                                [key: string]: string;
                            };
                            applicationId: string;
                            /** @description 申报编号 */
                            applicationNumber: string;
                            applicantName: string;
                            /** @description 证件号码（脱敏） */
                            maskedIdNumber: string;
                            employerName: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            appliedCategory: "A" | "B" | "C" | "D" | "E" | null;
                            result: {
                                id: string;
                                /**
                                 * @description 评审结果
                                 * @enum {string}
                                 */
                                outcome: "认定通过" | "调整类别认定" | "不予认定";
                                /**
                                 * @description 人才类别 A–E
                                 * @enum {string|null}
                                 */
                                category: "A" | "B" | "C" | "D" | "E" | null;
                                remark: string;
                                /** @enum {string} */
                                state: "待发布" | "公示中" | "已发布";
                                /** @description 日期 YYYY-MM-DD */
                                publicityEndsOn: string | null;
                                /** @description ISO 8601 时间 */
                                publishedAt: string | null;
                                /** @description 在仍在进行的发布批次中等待 */
                                publishing: boolean;
                                objections: {
                                    id: string;
                                    content: string;
                                    /** @description ISO 8601 时间 */
                                    createdAt: string;
                                }[];
                            } | null;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentResults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    applicationId: string;
                    /** @enum {string} */
                    outcome: "认定通过" | "调整类别认定" | "不予认定";
                    /** @enum {string} */
                    category?: "A" | "B" | "C" | "D" | "E";
                    /** @default  */
                    remark?: string;
                };
            };
        };
        responses: {
            /** @description 录入评审结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 当前账号现在可做的操作 */
                        allowedActions: ("录入" | "公示" | "发布" | "登记异议")[];
                        /** @description 不可做的操作及原因 */
                        refusals: {
                            [key: string]: string;
                        };
                        applicationId: string;
                        /** @description 申报编号 */
                        applicationNumber: string;
                        applicantName: string;
                        /** @description 证件号码（脱敏） */
                        maskedIdNumber: string;
                        employerName: string;
                        /**
                         * @description 人才类别 A–E
                         * @enum {string|null}
                         */
                        appliedCategory: "A" | "B" | "C" | "D" | "E" | null;
                        result: {
                            id: string;
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            remark: string;
                            /** @enum {string} */
                            state: "待发布" | "公示中" | "已发布";
                            /** @description 日期 YYYY-MM-DD */
                            publicityEndsOn: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string | null;
                            /** @description 在仍在进行的发布批次中等待 */
                            publishing: boolean;
                            objections: {
                                id: string;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentResultsTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评审结果导入模板 Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentResultsPublicity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resultIds: string[];
                    /** @default 5 */
                    workingDays?: number;
                };
            };
        };
        responses: {
            /** @description 已开始公示 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 公示截止日期 YYYY-MM-DD */
                        endsOn: string;
                        /** @description 开始公示的评审结果（当前状态） */
                        items: {
                            /** @description 当前账号现在可做的操作 */
                            allowedActions: ("录入" | "公示" | "发布" | "登记异议")[];
                            /** @description 不可做的操作及原因 */
                            refusals: {
                                [key: string]: string;
                            };
                            applicationId: string;
                            /** @description 申报编号 */
                            applicationNumber: string;
                            applicantName: string;
                            /** @description 证件号码（脱敏） */
                            maskedIdNumber: string;
                            employerName: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            appliedCategory: "A" | "B" | "C" | "D" | "E" | null;
                            result: {
                                id: string;
                                /**
                                 * @description 评审结果
                                 * @enum {string}
                                 */
                                outcome: "认定通过" | "调整类别认定" | "不予认定";
                                /**
                                 * @description 人才类别 A–E
                                 * @enum {string|null}
                                 */
                                category: "A" | "B" | "C" | "D" | "E" | null;
                                remark: string;
                                /** @enum {string} */
                                state: "待发布" | "公示中" | "已发布";
                                /** @description 日期 YYYY-MM-DD */
                                publicityEndsOn: string | null;
                                /** @description ISO 8601 时间 */
                                publishedAt: string | null;
                                /** @description 在仍在进行的发布批次中等待 */
                                publishing: boolean;
                                objections: {
                                    id: string;
                                    content: string;
                                    /** @description ISO 8601 时间 */
                                    createdAt: string;
                                }[];
                            } | null;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentResultsPublish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resultIds: string[];
                };
            };
        };
        responses: {
            /** @description 发布批次 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        total: number;
                        done: number;
                        failed: number;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        finishedAt: string | null;
                        /** @description 发布失败的评审结果及原因（最多200条） */
                        failures: {
                            resultId: string;
                            applicationNumber: string;
                            applicantName: string;
                            error: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentResultsPublishBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 最近的发布批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            total: number;
                            done: number;
                            failed: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            finishedAt: string | null;
                            /** @description 发布失败的评审结果及原因（最多200条） */
                            failures: {
                                resultId: string;
                                applicationNumber: string;
                                applicantName: string;
                                error: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentResultsPublishBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 发布批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        total: number;
                        done: number;
                        failed: number;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        finishedAt: string | null;
                        /** @description 发布失败的评审结果及原因（最多200条） */
                        failures: {
                            resultId: string;
                            applicationNumber: string;
                            applicantName: string;
                            error: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentResultsPublishBatchesRetryById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 发布批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        total: number;
                        done: number;
                        failed: number;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        finishedAt: string | null;
                        /** @description 发布失败的评审结果及原因（最多200条） */
                        failures: {
                            resultId: string;
                            applicationNumber: string;
                            applicantName: string;
                            error: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentResultsObjectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                };
            };
        };
        responses: {
            /** @description 登记公示异议 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 当前账号现在可做的操作 */
                        allowedActions: ("录入" | "公示" | "发布" | "登记异议")[];
                        /** @description 不可做的操作及原因 */
                        refusals: {
                            [key: string]: string;
                        };
                        applicationId: string;
                        /** @description 申报编号 */
                        applicationNumber: string;
                        applicantName: string;
                        /** @description 证件号码（脱敏） */
                        maskedIdNumber: string;
                        employerName: string;
                        /**
                         * @description 人才类别 A–E
                         * @enum {string|null}
                         */
                        appliedCategory: "A" | "B" | "C" | "D" | "E" | null;
                        result: {
                            id: string;
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            remark: string;
                            /** @enum {string} */
                            state: "待发布" | "公示中" | "已发布";
                            /** @description 日期 YYYY-MM-DD */
                            publicityEndsOn: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string | null;
                            /** @description 在仍在进行的发布批次中等待 */
                            publishing: boolean;
                            objections: {
                                id: string;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentCertificates: {
        parameters: {
            query?: {
                q?: string;
                status?: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 电子证书列表（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description 证书编号 */
                            number: string;
                            holderName: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string}
                             */
                            category: "A" | "B" | "C" | "D" | "E";
                            categoryName: string;
                            /** @description 日期 YYYY-MM-DD */
                            issuedOn: string;
                            /** @description 日期 YYYY-MM-DD */
                            validUntil: string | null;
                            /** @enum {string} */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            statusReason: string | null;
                            /** @description ISO 8601 时间 */
                            statusChangedAt: string | null;
                            /** @description 当前账号现在可做的操作 */
                            allowedActions: ("暂扣" | "恢复有效" | "撤销" | "注销")[];
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentCertificatesStatusById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "有效" | "暂扣" | "撤销" | "注销";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 电子证书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description 证书编号 */
                        number: string;
                        holderName: string;
                        /**
                         * @description 人才类别 A–E
                         * @enum {string}
                         */
                        category: "A" | "B" | "C" | "D" | "E";
                        categoryName: string;
                        /** @description 日期 YYYY-MM-DD */
                        issuedOn: string;
                        /** @description 日期 YYYY-MM-DD */
                        validUntil: string | null;
                        /** @enum {string} */
                        status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                        statusReason: string | null;
                        /** @description ISO 8601 时间 */
                        statusChangedAt: string | null;
                        /** @description 当前账号现在可做的操作 */
                        allowedActions: ("暂扣" | "恢复有效" | "撤销" | "注销")[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 电子证书列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description 证书编号 */
                            number: string;
                            holderName: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string}
                             */
                            category: "A" | "B" | "C" | "D" | "E";
                            categoryName: string;
                            /** @description 日期 YYYY-MM-DD */
                            issuedOn: string;
                            /** @description 日期 YYYY-MM-DD */
                            validUntil: string | null;
                            /** @enum {string} */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            statusReason: string | null;
                            /** @description ISO 8601 时间 */
                            statusChangedAt: string | null;
                            /** @description 当前账号现在可做的操作 */
                            allowedActions: ("暂扣" | "恢复有效" | "撤销" | "注销")[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPersonCertificatesPdfById: {
        parameters: {
            query?: {
                download?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才分类定级认定证书 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPublicPublicity: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评审结果公示（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            employerName: string;
                            /** @description 认定类别，如“A类 ……” */
                            category: string;
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /** @description 日期 YYYY-MM-DD */
                            publicityEndsOn: string;
                        }[];
                        /** @description 下一页的 after 参数；最后一页为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getPublicCertificatesVerify: {
        parameters: {
            query: {
                t: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 电子证书验证结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        valid: true;
                        /** @description 电子证书 */
                        certificate: {
                            id: string;
                            /** @description 证书编号 */
                            number: string;
                            holderName: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string}
                             */
                            category: "A" | "B" | "C" | "D" | "E";
                            categoryName: string;
                            /** @description 日期 YYYY-MM-DD */
                            issuedOn: string;
                            /** @description 日期 YYYY-MM-DD */
                            validUntil: string | null;
                            /** @enum {string} */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            statusReason: string | null;
                            /** @description ISO 8601 时间 */
                            statusChangedAt: string | null;
                            /** @description 当前账号现在可做的操作 */
                            allowedActions: ("暂扣" | "恢复有效" | "撤销" | "注销")[];
                        };
                    } | {
                        /** @enum {boolean} */
                        valid: false;
                        reason: string;
                        /** @description 电子证书 */
                        certificate: {
                            id: string;
                            /** @description 证书编号 */
                            number: string;
                            holderName: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string}
                             */
                            category: "A" | "B" | "C" | "D" | "E";
                            categoryName: string;
                            /** @description 日期 YYYY-MM-DD */
                            issuedOn: string;
                            /** @description 日期 YYYY-MM-DD */
                            validUntil: string | null;
                            /** @enum {string} */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            statusReason: string | null;
                            /** @description ISO 8601 时间 */
                            statusChangedAt: string | null;
                            /** @description 当前账号现在可做的操作 */
                            allowedActions: ("暂扣" | "恢复有效" | "撤销" | "注销")[];
                        } | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentResultsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件（一个）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 导入结果：全部导入，或一条不导入并逐行说明原因 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                        errors: {
                            row: number;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审核环节与筛选项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 审核环节
                         * @enum {string}
                         */
                        stage: "employer" | "supervisor" | "province";
                        stageName: string;
                        notices: {
                            id: string;
                            title: string;
                        }[];
                        employers: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewEmployers: {
        parameters: {
            query?: {
                q?: string;
                id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 推荐单位（筛选项） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewQueue: {
        parameters: {
            query?: {
                scope?: "waiting" | "all";
                noticeId?: string;
                status?: "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                employerId?: string;
                category?: "A" | "B" | "C" | "D" | "E";
                submittedFrom?: string;
                submittedTo?: string;
                q?: string;
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审核列表的一页 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            applicantName: string;
                            maskedIdNumber: string;
                            employerName: string;
                            noticeTitle: string;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            serviceType: string | null;
                            /** @enum {string} */
                            status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                            /** @description 当前环节，非已申报时为空 */
                            stageName: string;
                            /** @description ISO 8601 时间 */
                            submittedAt: string | null;
                        }[];
                        /** @description 下一页的游标；最后一页为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postReviewQueueExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default waiting
                     * @enum {string}
                     */
                    scope?: "waiting" | "all";
                    /** Format: uuid */
                    noticeId?: string;
                    /** @enum {string} */
                    status?: "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                    /** Format: uuid */
                    employerId?: string;
                    /** @enum {string} */
                    category?: "A" | "B" | "C" | "D" | "E";
                    submittedFrom?: string;
                    submittedTo?: string;
                    q?: string;
                    after?: string;
                    /** @default 20 */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description direct：行数少，直接下载 queue.xlsx；job：后台生成，按 export.id 查询进度 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "direct";
                        rows: number;
                    } | {
                        /** @enum {string} */
                        mode: "job";
                        /** @description 后台导出 */
                        export: {
                            id: string;
                            fileName: string;
                            /** @enum {string} */
                            state: "排队中" | "生成中" | "已完成" | "失败";
                            rowsTotal: number;
                            rowsDone: number;
                            /** @description 文件大小（字节），已完成时 */
                            size: number | null;
                            error: string | null;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            finishedAt: string | null;
                            /** @description 过期时间，之后文件删除 */
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description direct：行数少，直接下载 queue.xlsx；job：后台生成，按 export.id 查询进度 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "direct";
                        rows: number;
                    } | {
                        /** @enum {string} */
                        mode: "job";
                        /** @description 后台导出 */
                        export: {
                            id: string;
                            fileName: string;
                            /** @enum {string} */
                            state: "排队中" | "生成中" | "已完成" | "失败";
                            rowsTotal: number;
                            rowsDone: number;
                            /** @description 文件大小（字节），已完成时 */
                            size: number | null;
                            error: string | null;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            finishedAt: string | null;
                            /** @description 过期时间，之后文件删除 */
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewQueueXlsx: {
        parameters: {
            query?: {
                scope?: "waiting" | "all";
                noticeId?: string;
                status?: "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                employerId?: string;
                category?: "A" | "B" | "C" | "D" | "E";
                submittedFrom?: string;
                submittedTo?: string;
                q?: string;
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报审核列表 Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报详情（审核） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                        notice: {
                            id: string;
                            title: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            /**
                             * @description 申报时段：未开始、申报中或已截止
                             * @enum {string}
                             */
                            window: "未开始" | "申报中" | "已截止";
                            serviceTypes: string[];
                        };
                        employer: {
                            id: string;
                            name: string;
                            uscc: string;
                        };
                        /** @description 申报人身份（来自账号，只读） */
                        identity: {
                            name: string;
                            idType: string;
                            maskedIdNumber: string;
                            /** @description 日期 YYYY-MM-DD */
                            birthDate: string | null;
                            gender: string | null;
                        };
                        /** @description 基本信息与创新创业成果；未保存过的模块不出现 */
                        modules: {
                            /** @description 已保存的模块 */
                            basic?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                            /** @description 已保存的模块 */
                            achievement?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                        };
                        entries: {
                            values: {
                                [key: string]: string | number;
                            };
                            /** @description 版本号：下次保存时原样带回 */
                            version: number;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            id: string;
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                slot: "photo" | "idCard" | "other" | "entry";
                                entryId: string | null;
                                fileName: string;
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        }[];
                        /** @description 材料附件信息（不含各条记录的附件） */
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                        /** @description ISO 8601 时间 */
                        submittedAt: string | null;
                        /** @description 最近一次退回 */
                        returned: {
                            /** @description 退回意见 */
                            opinion: string;
                            /** @description 退回修改的部分 */
                            sections: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments")[];
                            /** @description 退回的审核环节 */
                            stageName: string;
                            /** @description 经办人 */
                            handler: string;
                            /** @description ISO 8601 时间 */
                            at: string;
                        } | null;
                        result: {
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            categoryName: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string;
                            certificateId: string | null;
                        } | null;
                        /** @description 流程推送 */
                        flow: {
                            id: string;
                            stage: string;
                            handler: string;
                            action: string;
                            opinion: string | null;
                            /** @description ISO 8601 时间 */
                            at: string;
                        }[];
                        /** @description 已带入（请核对）的模块 */
                        carried: {
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            /** @description 带入时留空或改填的内容及原因 */
                            notes: string[];
                        }[];
                        version: number;
                        /**
                         * @description 审核环节
                         * @enum {string|null}
                         */
                        stage: "employer" | "supervisor" | "province" | null;
                        stageName: string;
                        /** @description 当前审核人现在可做的审核操作 */
                        allowedDecisions: ("审核通过" | "退回" | "审核不通过终止审核")[];
                        /** @description 最近一次提交相对上一次的变更（退回后） */
                        changes: {
                            /** @enum {string} */
                            section: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments" | "eligibility";
                            label: string;
                            changes: {
                                /** @enum {string} */
                                kind: "新增" | "删除" | "修改";
                                title: string;
                                fields: {
                                    label: string;
                                    before: string;
                                    after: string;
                                }[];
                            }[];
                        }[] | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postReviewApplicationsDecisionById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "审核通过" | "退回" | "审核不通过终止审核";
                    /** @default  */
                    opinion?: string;
                    /** @default [] */
                    modules?: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments")[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description 申报详情（审核） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "未提交" | "已申报" | "被退回" | "审核不通过终止审核" | "材料审核通过";
                        notice: {
                            id: string;
                            title: string;
                            /** @description ISO 8601 时间 */
                            startAt: string;
                            /** @description ISO 8601 时间 */
                            endAt: string;
                            /**
                             * @description 申报时段：未开始、申报中或已截止
                             * @enum {string}
                             */
                            window: "未开始" | "申报中" | "已截止";
                            serviceTypes: string[];
                        };
                        employer: {
                            id: string;
                            name: string;
                            uscc: string;
                        };
                        /** @description 申报人身份（来自账号，只读） */
                        identity: {
                            name: string;
                            idType: string;
                            maskedIdNumber: string;
                            /** @description 日期 YYYY-MM-DD */
                            birthDate: string | null;
                            gender: string | null;
                        };
                        /** @description 基本信息与创新创业成果；未保存过的模块不出现 */
                        modules: {
                            /** @description 已保存的模块 */
                            basic?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                            /** @description 已保存的模块 */
                            achievement?: {
                                values: {
                                    [key: string]: string | number;
                                };
                                /** @description 版本号：下次保存时原样带回 */
                                version: number;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                            };
                        };
                        entries: {
                            values: {
                                [key: string]: string | number;
                            };
                            /** @description 版本号：下次保存时原样带回 */
                            version: number;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            id: string;
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                slot: "photo" | "idCard" | "other" | "entry";
                                entryId: string | null;
                                fileName: string;
                                contentType: string;
                                /** @description 字节数 */
                                size: number;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                            }[];
                        }[];
                        /** @description 材料附件信息（不含各条记录的附件） */
                        attachments: {
                            id: string;
                            /** @enum {string} */
                            slot: "photo" | "idCard" | "other" | "entry";
                            entryId: string | null;
                            fileName: string;
                            contentType: string;
                            /** @description 字节数 */
                            size: number;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                        /** @description ISO 8601 时间 */
                        submittedAt: string | null;
                        /** @description 最近一次退回 */
                        returned: {
                            /** @description 退回意见 */
                            opinion: string;
                            /** @description 退回修改的部分 */
                            sections: ("basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments")[];
                            /** @description 退回的审核环节 */
                            stageName: string;
                            /** @description 经办人 */
                            handler: string;
                            /** @description ISO 8601 时间 */
                            at: string;
                        } | null;
                        result: {
                            /**
                             * @description 评审结果
                             * @enum {string}
                             */
                            outcome: "认定通过" | "调整类别认定" | "不予认定";
                            /**
                             * @description 人才类别 A–E
                             * @enum {string|null}
                             */
                            category: "A" | "B" | "C" | "D" | "E" | null;
                            categoryName: string | null;
                            /** @description ISO 8601 时间 */
                            publishedAt: string;
                            certificateId: string | null;
                        } | null;
                        /** @description 流程推送 */
                        flow: {
                            id: string;
                            stage: string;
                            handler: string;
                            action: string;
                            opinion: string | null;
                            /** @description ISO 8601 时间 */
                            at: string;
                        }[];
                        /** @description 已带入（请核对）的模块 */
                        carried: {
                            /** @enum {string} */
                            module: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards";
                            /** @description 带入时留空或改填的内容及原因 */
                            notes: string[];
                        }[];
                        version: number;
                        /**
                         * @description 审核环节
                         * @enum {string|null}
                         */
                        stage: "employer" | "supervisor" | "province" | null;
                        stageName: string;
                        /** @description 当前审核人现在可做的审核操作 */
                        allowedDecisions: ("审核通过" | "退回" | "审核不通过终止审核")[];
                        /** @description 最近一次提交相对上一次的变更（退回后） */
                        changes: {
                            /** @enum {string} */
                            section: "basic" | "education" | "training" | "papers" | "work" | "partTime" | "performance" | "achievement" | "honors" | "awards" | "attachments" | "eligibility";
                            label: string;
                            changes: {
                                /** @enum {string} */
                                kind: "新增" | "删除" | "修改";
                                title: string;
                                fields: {
                                    label: string;
                                    before: string;
                                    after: string;
                                }[];
                            }[];
                        }[] | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewApplicationsAttachmentsByIdAndAttachmentId: {
        parameters: {
            query?: {
                download?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报附件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getReviewApplicationsSummaryTablePdfById: {
        parameters: {
            query?: {
                download?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才分类定级认定一览表 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postReviewPackagePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    noticeId: string;
                    /** @enum {string} */
                    category: "A" | "B" | "C" | "D" | "E";
                    applicationNumbers?: string[];
                };
            };
        };
        responses: {
            /** @description 评审材料包预览 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 材料包包含的申报数 */
                        count: number;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postReviewPackage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    noticeId: string;
                    /** @enum {string} */
                    category: "A" | "B" | "C" | "D" | "E";
                    applicationNumbers?: string[];
                };
            };
        };
        responses: {
            /** @description 后台导出 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fileName: string;
                        /** @enum {string} */
                        state: "排队中" | "生成中" | "已完成" | "失败";
                        rowsTotal: number;
                        rowsDone: number;
                        /** @description 文件大小（字节），已完成时 */
                        size: number | null;
                        error: string | null;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description ISO 8601 时间 */
                        finishedAt: string | null;
                        /** @description 过期时间，之后文件删除 */
                        expiresAt: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentSmsMessages: {
        parameters: {
            query?: {
                state?: "待发送" | "已发送" | "失败";
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 消息发送记录（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            maskedPhone: string;
                            text: string;
                            /** @enum {string} */
                            state: "待发送" | "已发送" | "失败";
                            /** @description 已尝试发送次数 */
                            attempts: number;
                            lastError: string | null;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            sentAt: string | null;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        /** @description 各状态的短信条数 */
                        counts: {
                            "\u5F85\u53D1\u9001": number;
                            "\u5DF2\u53D1\u9001": number;
                            "\u5931\u8D25": number;
                        };
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentSmsMessagesRetryById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 重新发送失败的短信 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentIntegrationClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 接口客户端 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description 客户端编号（ic_ 加16位十六进制） */
                            clientId: string;
                            name: string;
                            scopes: ("certificates:read" | "certificates:webhook")[];
                            /** @description 地址白名单；空为不限 */
                            allowedIps: string[];
                            webhookUrl: string | null;
                            rateLimitPerMinute: number;
                            enabled: boolean;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description 最近一次重置密钥的时间 */
                            secretRotatedAt: string | null;
                            /** @description ISO 8601 时间 */
                            disabledAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentIntegrationClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("certificates:read" | "certificates:webhook")[];
                    /** @default [] */
                    allowedIps?: string[];
                    webhookUrl?: string | null;
                    /** @default 600 */
                    rateLimitPerMinute?: number;
                };
            };
        };
        responses: {
            /** @description 接口客户端及其密钥（只显示这一次） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 接口客户端（不含密钥） */
                        client: {
                            id: string;
                            /** @description 客户端编号（ic_ 加16位十六进制） */
                            clientId: string;
                            name: string;
                            scopes: ("certificates:read" | "certificates:webhook")[];
                            /** @description 地址白名单；空为不限 */
                            allowedIps: string[];
                            webhookUrl: string | null;
                            rateLimitPerMinute: number;
                            enabled: boolean;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description 最近一次重置密钥的时间 */
                            secretRotatedAt: string | null;
                            /** @description ISO 8601 时间 */
                            disabledAt: string | null;
                        };
                        /** @description 调用凭据：Authorization: Bearer <credential>（只显示这一次） */
                        credential: string;
                        /** @description 推送签名密钥 whsec_…（只显示这一次） */
                        signingSecret: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    putDepartmentIntegrationClientsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("certificates:read" | "certificates:webhook")[];
                    /** @default [] */
                    allowedIps?: string[];
                    webhookUrl?: string | null;
                    /** @default 600 */
                    rateLimitPerMinute?: number;
                };
            };
        };
        responses: {
            /** @description 接口客户端（不含密钥） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description 客户端编号（ic_ 加16位十六进制） */
                        clientId: string;
                        name: string;
                        scopes: ("certificates:read" | "certificates:webhook")[];
                        /** @description 地址白名单；空为不限 */
                        allowedIps: string[];
                        webhookUrl: string | null;
                        rateLimitPerMinute: number;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description 最近一次重置密钥的时间 */
                        secretRotatedAt: string | null;
                        /** @description ISO 8601 时间 */
                        disabledAt: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentIntegrationClientsResetSecretById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 接口客户端及其密钥（只显示这一次） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 接口客户端（不含密钥） */
                        client: {
                            id: string;
                            /** @description 客户端编号（ic_ 加16位十六进制） */
                            clientId: string;
                            name: string;
                            scopes: ("certificates:read" | "certificates:webhook")[];
                            /** @description 地址白名单；空为不限 */
                            allowedIps: string[];
                            webhookUrl: string | null;
                            rateLimitPerMinute: number;
                            enabled: boolean;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description 最近一次重置密钥的时间 */
                            secretRotatedAt: string | null;
                            /** @description ISO 8601 时间 */
                            disabledAt: string | null;
                        };
                        /** @description 调用凭据：Authorization: Bearer <credential>（只显示这一次） */
                        credential: string;
                        /** @description 推送签名密钥 whsec_…（只显示这一次） */
                        signingSecret: string;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentIntegrationClientsDisableById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 接口客户端（不含密钥） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description 客户端编号（ic_ 加16位十六进制） */
                        clientId: string;
                        name: string;
                        scopes: ("certificates:read" | "certificates:webhook")[];
                        /** @description 地址白名单；空为不限 */
                        allowedIps: string[];
                        webhookUrl: string | null;
                        rateLimitPerMinute: number;
                        enabled: boolean;
                        /** @description ISO 8601 时间 */
                        createdAt: string;
                        /** @description 最近一次重置密钥的时间 */
                        secretRotatedAt: string | null;
                        /** @description ISO 8601 时间 */
                        disabledAt: string | null;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDepartmentIntegrationClientsDeliveries: {
        parameters: {
            query?: {
                state?: "待发送" | "已送达" | "失败";
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 证书状态推送记录（分页） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            clientName: string;
                            clientId: string;
                            /** @description 客户端是否启用；停用客户端的记录不再重试 */
                            clientEnabled: boolean;
                            certificateNumber: string;
                            /** @enum {string} */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            /** @description ISO 8601 时间 */
                            changedAt: string;
                            /** @enum {string} */
                            state: "待发送" | "已送达" | "失败";
                            /** @description 已尝试次数 */
                            attempts: number;
                            lastError: string | null;
                            /** @description 接收方最近一次响应的 HTTP 状态码 */
                            lastHttpStatus: number | null;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            /** @description ISO 8601 时间 */
                            deliveredAt: string | null;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        /** @description 各推送状态的记录数 */
                        counts: {
                            "\u5F85\u53D1\u9001": number;
                            "\u5DF2\u9001\u8FBE": number;
                            "\u5931\u8D25": number;
                        };
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postDepartmentIntegrationClientsDeliveriesRetryById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 重新推送失败的记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getIntegrationV1CertificatesByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 按证书编号查询证书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 电子证书 */
                        certificate: {
                            /** @description 证书编号 */
                            number: string;
                            /** @description 持证人姓名 */
                            holderName: string;
                            /** @description 持证人证件号码（脱敏，如 220102********1234） */
                            maskedIdNumber: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string}
                             */
                            category: "A" | "B" | "C" | "D" | "E";
                            /** @description 人才类别名称 */
                            categoryName: string;
                            /** @description 发证日期 YYYY-MM-DD */
                            issuedOn: string;
                            /** @description 有效期至 YYYY-MM-DD；null 为长期有效 */
                            validUntil: string | null;
                            /**
                             * @description 证书状态
                             * @enum {string}
                             */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            /** @description 状态变更时间（ISO 8601） */
                            statusChangedAt: string | null;
                        };
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 不存在，或不属于当前账号（NOT_FOUND） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    postIntegrationV1CertificatesSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                };
            };
        };
        responses: {
            /** @description 按持证人证件号码查询证书（号码放在请求体中） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 证书编号 */
                            number: string;
                            /** @description 持证人姓名 */
                            holderName: string;
                            /** @description 持证人证件号码（脱敏，如 220102********1234） */
                            maskedIdNumber: string;
                            /**
                             * @description 人才类别 A–E
                             * @enum {string}
                             */
                            category: "A" | "B" | "C" | "D" | "E";
                            /** @description 人才类别名称 */
                            categoryName: string;
                            /** @description 发证日期 YYYY-MM-DD */
                            issuedOn: string;
                            /** @description 有效期至 YYYY-MM-DD；null 为长期有效 */
                            validUntil: string | null;
                            /**
                             * @description 证书状态
                             * @enum {string}
                             */
                            status: "有效" | "暂扣" | "撤销" | "注销" | "失效";
                            /** @description 状态变更时间（ISO 8601） */
                            statusChangedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 请求内容不正确（VALIDATION_FAILED，fields 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 未登录或登录已失效（UNAUTHENTICATED） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 无权限（FORBIDDEN），或缺少 CSRF 令牌（CSRF_INVALID） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 当前状态不允许该操作（CONFLICT 等），message 说明原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
    getDevSmsOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 开发环境短信发件箱（最近100条） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            phone: string;
                            text: string;
                            code: string | null;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 操作过于频繁（RATE_LIMITED） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_INVALID" | "NOT_FOUND" | "CONFLICT" | "ALREADY_REGISTERED" | "WINDOW_CLOSED" | "NOT_EDITABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CAPTCHA_INVALID" | "SMS_CODE_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "ACCOUNT_MISMATCH" | "RATE_LIMITED" | "SMS_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "FILE_DAMAGED" | "INTERNAL";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的字段及其说明 */
                        fields?: {
                            path: string;
                            message: string;
                        }[];
                        /** @description 5xx 时便于排查的请求编号 */
                        requestId?: string;
                    };
                };
            };
        };
    };
}
